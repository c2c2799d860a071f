# The dict methods: get, setdefault, pop, popitem, update, clear, copy, keys/values/items.
d = {"a": 1, "b": 2}
print(d.get("a", 0), d.get("z", -1))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d)
print(d.pop("missing", 42), d)
d.update({"x": 10, "a": 11})
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "x" in d.keys(), 10 in d.values(), ("x", 10) in d.items())
c.clear()
print(c, len(c))
e = dict()
e[3] = 9
print(e, dict(e) == e, dict(e) is e)
