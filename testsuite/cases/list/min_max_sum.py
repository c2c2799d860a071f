# min, max and sum over lists and argument lists.
xs = [7, -3, 12, 0, 5]
print(min(xs), max(xs), sum(xs))
print(min(4, 2, 8), max(4, 2, 8), min(2.5, 1.5), max(-1, -2))
fs = [0.5, 2.25, -1.0]
print(min(fs), max(fs), sum(fs))
print(max(["pear", "apple", "zoo"]), min(["pear", "apple", "zoo"]))
print(sum([2 ** 64, 2 ** 64]), sum([]), sum([1, 2, 3], 10))
print(max([(1, "b"), (1, "c"), (0, "z")]))
