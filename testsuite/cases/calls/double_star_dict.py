# f(**d) where d is a dict: its keys bind parameters when the call runs.
def f(a, b=2, *, k=0):
    return (a, b, k)


def g(a, **rest):
    return (a, rest)


d = {"a": 1, "b": 20}
print(f(**d))
print(f(**{"a": 5, "k": 7}))
print(f(1, **{"k": 3}))
print(g(**{"a": 1, "z": 2, "y": 3}))
print(g(1, x=2, **{"z": 9}))
print(g(1, **{"z": 9}, x=2))
opts = {}
opts["b"] = 8
print(f(4, **opts))
empty = {}
print(f(3, **empty))
