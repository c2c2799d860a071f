# Several `**` dicts, and keywords among them.
def f(a, b=2, c=3, **kw):
    return a, b, c, kw


d1 = {"a": 1}
d2 = {"c": 30, "z": 26}
print(f(**d1, **d2))
print(f(**d1, b=20, **d2))
print(f(*[5], k=1, **{"c": 7}))
print(f(1, **{}, **d2))


def g(**kw):
    return kw


print(g(**d1, x=0, **d2, y=1))
