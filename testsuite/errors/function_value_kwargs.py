# `**d` of a dict that holds items, in a call through a function value.
def show(a, b):
    return a + b


f = show
d = {"a": 1, "b": 2}
print(f(**d))
