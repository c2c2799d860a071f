# A function nested two levels deep reads variables of both enclosing functions.
def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c

        return inner

    return middle


print(outer(1)(2)(3))
m = outer(4)
print(m(5)(6), m(7)(8))
