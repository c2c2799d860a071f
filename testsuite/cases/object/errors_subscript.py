# Subscripting boxed values: indexes of the wrong type, ranges and non-subscriptable values raise
# CPython's errors.
items = [[10, 20], "xyz", {"a": 1}, (7,)]
print(items[0][1], items[1][-1], items[2]["a"], items[3][0], items[0][True])
print(items[3][-1], items[1][0])
for it in items:
    print(it[0] if not isinstance(it, dict) else it["a"])
n = [5, "five"]
print(n[1][0])
print(n[0][0])
