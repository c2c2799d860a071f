class Point:
    dims = 2
    label = "pt"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
for name in ["x", "y"]:
    print(name, getattr(p, name))
for name in ["dims", "label"]:
    print(name, getattr(p, name))
names = ["x", "y", "z"]
for n in names:
    print(n, hasattr(p, n), getattr(p, n, None))
setattr(p, "x", 10)
print(p.x, p.norm1())
key = "y"
setattr(p, key, 7)
print(p.y, p.norm1())
print(hasattr(p, "norm1"), hasattr(p, "dims"), hasattr(p, "nothing"))
extra = {"color": "red", "weight": 2.5}
for k, v in extra.items():
    setattr(p, k, v)
for k in sorted(extra):
    print(k, getattr(p, k))
print(vars(p))
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "missing", "fallback"))
