# `*` of an instance whose class defines `__iter__`.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = self.n
        while i > 0:
            yield i
            i -= 1


def g(*args):
    return args


def f(a, b, c):
    return a + b + c


print(g(*Countdown(3)))
print(f(*Countdown(3)))
print(*Countdown(4))
print(max(*Countdown(5)))
