pairs = [(1, 2), (3, 4)]
mixed = [(1, "a")]
mixed.extend(pairs)
print(mixed)
d = {"a": (1, 2)}
e = {"b": (1, "x")}
e.update(d)
print(e)
t = {(1, 2)}
u = {(1, "a")}
u.update(t)
print(sorted(u, key=str))
print((1, 2) in u, (1, "a") in u)
