# A box that may hold a function or an instance with `__call__` cannot be called yet.
class Adder:
    def __call__(self, x):
        return x + 1


def f(x):
    return x


y = [Adder(), f]
print(y[1](2))
