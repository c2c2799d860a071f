xs = [1, 2.5, True, 3]
print(sum(xs), sum(xs, 10), sum([1, "a"][:1]))
try:
    print(sum([1, "a"]))
except TypeError as e:
    print(e)
