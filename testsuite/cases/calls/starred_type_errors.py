# CPython's TypeError messages when starred arguments do not fit.
def f(a, b):
    return a + b


def h(a, *, key):
    return a, key


class C:
    def m(self, x):
        return x


calls = [
    lambda: f(*[1, 2, 3]),
    lambda: f(*[1]),
    lambda: f(*[1], a=2),
    lambda: f(**{"a": 1, "z": 2}),
    lambda: f(*5),
    lambda: f(**[1, 2]),
    lambda: f(*None),
    lambda: h(*[1]),
    lambda: h(*[1, 2], key=3),
    lambda: C().m(*[1, 2]),
    lambda: C().m(*3),
    lambda: print(*5),
    lambda: max(*7),
    lambda: "{}".format(*1),
    lambda: zip(*1),
    lambda: print(1, *5),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
