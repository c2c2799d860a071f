# A starred list of the wrong length: CPython's messages.
def f(a, b, c=3):
    return a + b + c


def g(a, b):
    return a * b


tests = [[1], [1, 2, 3, 4], [], [5, 6, 7]]
for t in tests:
    try:
        print(f(*t))
    except TypeError as e:
        print("f:", e)
    try:
        print(g(*t))
    except TypeError as e:
        print("g:", e)
