# `d.get(key)` can return None or a value: a mixed type until boxed values arrive.
counts = {"a": 1}
print(counts.get("b"))
