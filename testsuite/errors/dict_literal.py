# Dicts are not in the first slice.
counts = {"a": 1, "b": 2}
print(counts)
