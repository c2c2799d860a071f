xs = [1, 2, 3]
ys = [x for x in xs]
ys.append("a")
print(ys)
zz = list(zip(xs, ["a", "b", "c"]))
zz.append(5)
print(zz)
ee = list(enumerate(xs))
ee.append("x")
print(ee)
d = {k: k * 2 for k in xs}
d["s"] = "t"
print(d)
s = {x for x in xs}
s.add("q")
print(len(s), 1 in s, "q" in s)
g = list(x * 2 for x in xs)
g.append(None)
print(g)
def gen():
    yield 1
    yield 2
h = list(gen())
h.append("z")
print(h)
st = sorted(gen())
st.append(1.5)
print(st)
r = list(reversed(xs))
r.append("r")
print(r, xs)
