# Unpacking a boxed value checks the item count as CPython does.
rows = [(1, "a"), [2, "b"], "cd", (3, "c", 9)]
for row in rows:
    k, v = row
    print(k, v)
