s = {1, "a"}
t = {2, 3}
s.update(t)
print(sorted(s, key=str))
s |= {4}
print(sorted(s, key=str))
u = s | {5, 6}
print(sorted(u, key=str))
v = {7} | s
print(sorted(v, key=str))
s.update([9, 10])
print(sorted(s, key=str))
print(sorted(s.union({1.5}), key=str))
w = {1.5, 2.5}
w.update({None})
print(w)
