class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise RuntimeError(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        return self.balance


acct = Account("ann", 100)
for amount in [30, -5, 500, 70, 1]:
    try:
        print("left", acct.withdraw(amount))
    except ValueError as e:
        print("bad amount:", e)
    except RuntimeError as e:
        print("refused:", e)
print(acct.balance)
acct.withdraw(1)
