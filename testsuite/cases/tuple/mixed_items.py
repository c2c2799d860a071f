# Tuples of any length whose items have several types are boxed (object).
row = tuple(["id", 7, 2.5, None, True])
print(row, len(row))
for v in row:
    print(type(v).__name__, v)
print(row[1] + 1, row[0] * 2, row.index(None), 2.5 in row)
t = (1, "a") if len(row) > 10 else tuple([1, "a", 3.5])
print(t, t[-1], t == (1, "a", 3.5))
print(sorted(tuple([3, 1.5, 2])))
