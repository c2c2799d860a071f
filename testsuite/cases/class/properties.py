# @property getters and @x.setter setters, a read-only property, overriding a property in a
# subclass, and the AttributeError of assigning a property without a setter.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @property
    def balance(self):
        return self._cents / 100

    @balance.setter
    def balance(self, value):
        if value < 0:
            print("negative balance refused:", value)
            value = 0.0
        self._cents = round(value * 100)

    @property
    def label(self):
        return self.owner.upper() + ":" + str(self.balance)


class Savings(Account):
    @property
    def label(self):
        return "savings " + self.owner


a = Account("ann", 12.5)
print(a.balance, a.label)
a.balance = 40.25
print(a.balance)
a.balance += 1
print(a.balance)
a.balance = -3.0
print(a.label)
s = Savings("bob", 7.0)
print(s.balance, s.label)
accounts = [a, s]
for acc in accounts:
    print(acc.label)
a.label = "x"
