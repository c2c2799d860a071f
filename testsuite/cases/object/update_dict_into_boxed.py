m = {"a": 1, "b": "x"}
other = {"c": 2}
m.update(other)
print(m)
f = {1: 1.5}
g = {2: None, 3: 2.5}
g.update(f)
print(g)
