# CPython's TypeErrors of calls with several starred arguments.
def f(a, b):
    return a + b


def g(a, *rest, **kw):
    return a


calls = [
    lambda: f(*[1], *[2, 3]),
    lambda: f(*[1], 2, 3),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(*[1], **{"a": 2}),
    lambda: f(*[1], **{"b": 2}, **{"z": 3}),
    lambda: g(**{"a": 1}, **{"a": 1}),
    lambda: f(*[1], *5),
    lambda: f(1, *5),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
