# Classes with __init__, fields, methods calling each other, class attributes, defaults and
# keyword arguments.
class Account:
    bank = "First"
    fee = 2

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def withdraw(self, amount, charge=True):
        total = amount + (self.fee if charge else 0)
        if total > self.balance:
            return False
        self.deposit(-total)
        return True

    def describe(self):
        return f"{self.owner} at {self.bank}: {self.balance}"


a = Account("ann")
b = Account("bob", balance=100)
a.deposit(50)
print(a.withdraw(10), a.withdraw(100), b.withdraw(30, charge=False))
print(a.describe())
print(b.describe(), b.history, a.history)
print(Account.bank, a.fee, Account.fee + 1)
Account.fee = 5
print(a.withdraw(1), a.balance)
accounts = [a, b, Account("cy", 7)]
total = 0
for acc in accounts:
    total += acc.balance
print(total, len(accounts), accounts[2].owner)
