xs = [1, None]
ys = [2, 3]
xs.extend(ys)
print(xs)
zs = [None]
zs.extend([4])
print(zs)
d = {"a": None}
d.update({"b": 5})
print(d)
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "P(%r)" % self.v
ps = [P(1), None]
ps.extend([P(2)])
print(ps)
objs = [P(1), 2]
objs.extend([P(3)])
objs += [4.5]
print(objs)
