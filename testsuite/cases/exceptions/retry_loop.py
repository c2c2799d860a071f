# Exceptions inside loops: counting failures, retrying, and a handler per item.
def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 5 == 0:
        raise ZeroDivisionError("five")
    return i


ok, bad, zero = 0, [], 0
for i in range(1, 31):
    try:
        ok += risky(i)
    except ValueError as e:
        bad.append(e.args[0])
    except ZeroDivisionError:
        zero += 1
print(ok, bad, zero)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise RuntimeError("try again")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print(e, attempts)

words = "the cat the dog the end".split()
counts = {}
for w in words:
    try:
        counts[w] += 1
    except KeyError:
        counts[w] = 1
print(counts)
