def double(x):
    return x * 2
class P:
    def __init__(self, n):
        self.n = n
    def show(self, x):
        return "P" + str(self.n) + ":" + str(x)
table = {"name": "ops", "fn": double, "count": 3}
f = table["fn"]
print(f(21))
print(table["fn"](5))
things = [len, 1, P(4).show, "x"]
for t in things:
    if callable(t):
        print(t([1, 2]) if t is len else t(7))
try:
    things[1](3)
except TypeError as e:
    print(e)
