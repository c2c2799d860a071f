# A nested function called with starred arguments from its enclosing function.
def outer(values, options):
    base = 100

    def inner(a, b=0, *, bonus=0):
        return base + a + b + bonus

    print(inner(*values))
    print(inner(*values[:1], **options))
    return inner


f = outer([1, 2], {"bonus": 5})
print(f(*[10]))
print(f(**{"a": 1, "b": 1}))
