# Closures made inside methods capture the instance and parameters.
class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def make(self, offset):
        return lambda x: x * self.factor + offset

    def apply_all(self, xs):
        f = self.make(1)
        return [f(x) for x in xs]


s = Scaler(3)
print(s.make(0)(5))
print(s.apply_all([1, 2, 3]))
