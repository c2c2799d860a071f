# The reflected operators run when the left operand is a number: 2 * v calls v.__rmul__(2).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(other + self.cents)

    def __rsub__(self, other):
        return Money(other * 100 - self.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(self.cents * k)

    def __rtruediv__(self, other):
        return other / self.cents

    def __rfloordiv__(self, other):
        return other // self.cents

    def __rmod__(self, other):
        return other % self.cents

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(250)
print(m + Money(5), 10 + m, 3 - m, m * 2, 3 * m)
print(1000 / m, 1000 // m, 1000 % m, 2.5 * m)
total = 0
for x in [Money(1), Money(2), Money(3)]:
    total = total + x.cents
print(total, sum([1, 2]) + m)
