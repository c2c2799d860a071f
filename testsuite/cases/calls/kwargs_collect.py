# **kwargs collects keywords in call order, from names and from a ** dict.
def collect(first, *args, sep=",", **kwargs):
    return first, args, sep, kwargs


print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, sep=";", x=1, y=2))
extra = {"p": 10, "q": 20}
print(collect(0, **extra))
print(collect(0, a=1, **extra, z=2))
print(collect(*(5, 6), **{"sep": "|", "r": 1}))
