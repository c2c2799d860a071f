# any() and all() over generator expressions stop at the first item that decides the result:
# the rest of the generator is never computed.
def f(x):
    print("f", x)
    return x > 2


def src(name, xs):
    print("src", name)
    return xs


def check(tag, v):
    print("check", tag, v)
    return v


xs = [1, 2, 3, 4, 5]
print(any(f(x) for x in xs))
print(all(f(x) for x in xs))
print(all(f(x) for x in [7, 8]))
print(any(f(x) for x in []))
# Nested generators: the first iterable is evaluated once, the inner one per outer item, and
# the first deciding item leaves both loops.
print(any(check("a", x * y) > 3 for x in src("outer", [1, 2, 3]) for y in src("inner", [1, 2])))
print(all(check("b", x) for x in src("only", [1, 0, 2])))
print(any(x for x in xs if f(x)))
