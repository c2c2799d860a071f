m = {"a": 1, "b": "x"}
print(m.setdefault("c", 3))
print(m.setdefault("a", 4.5))
v = {"k": [1]}
v.setdefault("j", [])
print(v)
