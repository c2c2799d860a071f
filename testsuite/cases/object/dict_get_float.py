# `d.get(key)` on float values returns a float or None: a boxed value.
counts = {"a": 1.5}
print(counts.get("b"), counts.get("a"))
x = counts.get("a")
print(x + 1, x is None, counts.get("q") is None)
