# Several `*` arguments and positional arguments after a star.
def f(a, b, c=0, *rest):
    return a, b, c, rest


x = [1, 2]
y = (3, 4)
print(f(*x, *y))
print(f(1, *x, 2))
print(f(*x, 9))
print(f(*x, *[], *y, 5))
print(f(0, *"ab", *range(2)))


def g(*args):
    return args


print(g(*x, *y, *x))
print(g(1, *x, 2, *y))
