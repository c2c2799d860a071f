# Keyword-only parameters, with and without defaults.
def fetch(key, *, default=None, strict=False):
    return (key, default, strict)


def scale(x, *, by):
    return x * by


print(fetch("a"))
print(fetch("b", default=0))
print(fetch("c", strict=True, default="d"))
print(scale(3, by=4))
g = scale
print(g(5, by=2))
