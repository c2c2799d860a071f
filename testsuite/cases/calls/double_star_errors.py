# Keys of a ** dict that do not fit: CPython's messages.
def f(a, b, c=3, *, k=5):
    return a


def h(a, **kw):
    return kw


cases = [
    {"a": 1, "b": 2, "z": 3},
    {"b": 1},
    {"c": 1, "k": 2},
    {},
]
for d in cases:
    try:
        print(f(**d))
    except TypeError as e:
        print("TypeError:", e)
try:
    f(1, **{"a": 1, "b": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1, 2, 3], **{"c": 4})
except TypeError as e:
    print("TypeError:", e)
