# id(a) == id(b) exactly when `a is b`, for objects and for unboxed values.
class P:
    def __init__(self, x):
        self.x = x


a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), (a is b) == (id(a) == id(b)))
p, q = P(1), P(1)
r = p
print(id(p) == id(r), id(p) == id(q))
s = "hello"
t = s
print(id(s) == id(t))
x = 5
y = 5
print(id(x) == id(y), (x is y) == (id(x) == id(y)))
f = 1.5
g = f
print(id(f) == id(g))
print(id(None) == id(None), id(True) == id(True), id(True) == id(False))
print(type(id(a)).__name__, id(a) > 0, id(-1) > 0, id(0.0) > 0, id(None) > 0)
d = {1: "a"}
print(id(d) == id(d), id(d.keys()) == id(d))
objs = [P(i) for i in range(5)]
print(len({id(o) for o in objs}))
m = [1, "a", None]
print(id(m[0]) == id(m[0]), id(m[2]) == id(None), id(m[1]) == id(m[1]))
big = 2**100
big2 = big
print(id(big) == id(big2))


def maybe(flag):
    if flag:
        return [1]
    return None


e, n = maybe(True), maybe(False)
print(id(n) == id(None), id(e) == id(e), id(e) == id(None))
seen = {}
for o in objs:
    seen[id(o)] = o.x
print(sorted(seen.values()))
