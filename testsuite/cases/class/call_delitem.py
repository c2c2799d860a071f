# __call__ makes instances callable; __delitem__ serves `del obj[key]`.
class Adder:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, twice=False):
        self.calls += 1
        if twice:
            return x + 2 * self.k
        return x + self.k


add3 = Adder(3)
print(add3(4), add3(10, twice=True), add3(x=1), add3.calls)
adders = [Adder(1), Adder(100)]
print(adders[1](5), [f(0) for f in adders])


class Polynomial:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        total = 0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total


def make_square():
    return Polynomial([0, 0, 1])


print(Polynomial([1, 2, 3])(2), make_square()(9))


class Registry:
    def __init__(self):
        self.items = {}

    def __setitem__(self, key, value):
        self.items[key] = value

    def __getitem__(self, key):
        return self.items[key]

    def __delitem__(self, key):
        print("deleting", key)
        del self.items[key]

    def __len__(self):
        return len(self.items)


r = Registry()
r["a"] = 1
r["b"] = 2
r["c"] = 3
del r["b"]
print(len(r), r["a"], r.items)
del r["zz"]
