# Calling a function value with arguments it does not take raises TypeError.
def two(a, b):
    return a + b


def kwonly(*, k):
    return k


f = two
for call in range(4):
    try:
        if call == 0:
            print(f(1))
        elif call == 1:
            print(f(1, 2, 3))
        elif call == 2:
            print(f(1, c=2))
        else:
            g = kwonly
            print(g())
    except TypeError as e:
        print("TypeError:", e)
