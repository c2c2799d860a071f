# Functions passed as arguments and returned.
def twice(f, x):
    return f(f(x))


def compose(f, g):
    return lambda x: f(g(x))


def inc(x):
    return x + 1


def double(x):
    return x * 2


print(twice(inc, 5))
print(twice(double, 3))
h = compose(inc, double)
print(h(10))
k = compose(double, inc)
print(k(10))
print(twice(lambda s: s + "!", "hi"))
