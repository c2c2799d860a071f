# A class that defines __eq__ without __hash__ is unhashable (and so are its subclasses).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents


class Euro(Money):
    pass


print(Money(5) == Money(5), Money(5) != Money(6), Euro(1) == Money(1))
print(Money(5) in [Money(4), Money(5)], [Euro(2)].count(Euro(2)))
wallet = {}
wallet[Euro(3)] = "three"
print(wallet)
