# Closures sharing state: a small object made of functions.
def account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, history

    return {"deposit": deposit, "withdraw": withdraw, "report": report}


acct = account(10)
print(acct["deposit"](5))
print(acct["withdraw"](3))
try:
    acct["withdraw"](100)
except ValueError as e:
    print("error:", e)
print(acct["report"]())
