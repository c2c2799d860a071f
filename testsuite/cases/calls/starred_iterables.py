# `*` of any iterable: CPython makes a tuple of it first.
def f(a, b, c):
    return a, b, c


def g(*args):
    return args


print(f(*range(3)))
print(f(*"xyz"))
print(sorted(f(*{7, 8, 9})))
print(f(*{"k": 1, "l": 2, "m": 3}))


def gen(n):
    for i in range(n):
        yield i * 10


print(f(*gen(3)))
print(g(*gen(4)))
print(g(*"hello"))
print(g(*range(2, 5)))
print(g(*{"one": 1}))
print(g(*b"ab"))
print(g(*{"x": 1}.values()))
print(g(*{"x": 1}.items()))
