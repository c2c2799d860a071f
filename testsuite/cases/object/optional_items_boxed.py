xs = [1, None]
objs = [1, "a"]
objs.extend(xs)
print(objs)
d = {"a": None, "b": 2}
e = {"z": "s"}
e.update(d)
print(e)
print(e["a"] is None, e["b"] + 1)
s = {1, None}
t = {"a"}
t.update(s)
print(sorted(t, key=str))
ls = list(xs)
ls.append("q")
print(ls)
