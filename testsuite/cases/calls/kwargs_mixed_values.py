# **kwargs whose values have different types.
def show(**kwargs):
    for k, v in kwargs.items():
        print(k, "=", repr(v))
    return len(kwargs)


print(show(a=1, b="two"))
print(show(**{"x": 1.5}, y=2))
print(show())
