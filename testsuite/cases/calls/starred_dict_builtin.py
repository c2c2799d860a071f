# dict(**d), dict(d, **kw) and dict with keywords.
d = {"a": 1, "b": 2}
print(dict(**d))
print(dict(d, c=3))
print(dict(d, **{"b": 20}))
print(dict(x=1, y=2))
print(dict(**d, z=0))
try:
    dict(**d, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    dict(*[d, d])
except TypeError as e:
    print("TypeError:", e)
