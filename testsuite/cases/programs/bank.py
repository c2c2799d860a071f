# A bank-account simulation with parallel lists for owners, balances and histories.
owners = []
balances = []
history = []
failed = 0


def open_account(owner, initial):
    owners.append(owner)
    balances.append(initial)
    history.append(["open " + str(initial)])
    return len(owners) - 1


def deposit(acct, amount):
    balances[acct] += amount
    history[acct].append("deposit " + str(amount))


def withdraw(acct, amount):
    global failed
    if amount > balances[acct]:
        failed += 1
        history[acct].append("refused " + str(amount))
        return False
    balances[acct] -= amount
    history[acct].append("withdraw " + str(amount))
    return True


def transfer(src, dst, amount):
    if withdraw(src, amount):
        deposit(dst, amount)
        return True
    return False


def add_interest(rate_percent):
    for i in range(len(balances)):
        balances[i] += balances[i] * rate_percent // 100


def report():
    total = 0
    for i in range(len(owners)):
        cents = balances[i]
        total += cents
        print(f"{i:2d} {owners[i]:<8} {cents // 100:>6}.{cents % 100:02d}  ({len(history[i])} events)")
    print(f"   {'total':<8} {total // 100:>6}.{total % 100:02d}")


alice = open_account("alice", 10000)
bob = open_account("bob", 2500)
carol = open_account("carol", 0)
deposit(carol, 12345)
print(transfer(alice, bob, 3000), transfer(bob, carol, 9999), transfer(carol, alice, 45))
seed = 7
for day in range(30):
    seed = (seed * 48271) % 2147483647
    src = seed % 3
    dst = (seed // 3) % 3
    amount = (seed // 9) % 5000
    if src != dst:
        transfer(src, dst, amount)
    if day % 10 == 9:
        add_interest(1)
report()
print("refused:", failed)
for line in history[bob][:6]:
    print("  bob:", line)
