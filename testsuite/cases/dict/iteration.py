# Iterating dicts and their views; deletion keeps the remaining order; re-insertion goes last.
prices = {"apple": 1.25, "pear": 0.75, "fig": 3.0}
for name in prices:
    print(name, prices[name])
for name, price in prices.items():
    print(f"{name:>6}: {price:6.2f}")
total = 0.0
for p in prices.values():
    total += p
print(total)
del prices["pear"]
prices["pear"] = 0.5
print(list(prices))
for i, k in enumerate(prices.keys()):
    print(i, k)
print(sorted(prices.items()))
print(sorted(prices.values(), reverse=True))
print(max(prices), min(prices.values()), sum(prices.values()))
