def add(a, b):
    return a + b


def scale(factor):
    return lambda x: x * factor


ops = [add, lambda a, b: a - b]
results = [f(6, 3) for f in ops]
half = scale(0.5)
y = half(4)
