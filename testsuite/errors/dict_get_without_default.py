# `d.get(key)` on float values returns a float or None: a mixed type until boxed values arrive
# (an int, str, list or instance value would be `T | None`, which compiles).
counts = {"a": 1.5}
print(counts.get("b"))
