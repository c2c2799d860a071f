class Sq:
    def __init__(self, s):
        self._s = s
    @property
    def area(self):
        return self._s * self._s
    @property
    def side(self):
        return self._s
    @side.setter
    def side(self, v):
        self._s = v
q = Sq(3)
name = "ar" + "ea"
print(getattr(q, name))
setattr(q, "si" + "de", 5)
print(q.area, getattr(q, "side"), hasattr(q, name))
print(vars(q))
try:
    setattr(q, "ar" + "ea", 1)
except AttributeError as e:
    print(e)
try:
    delattr(q, "ar" + "ea")
except AttributeError as e:
    print(e)
class Bad:
    @property
    def boom(self):
        raise ValueError("no " + "boom")
try:
    getattr(Bad(), "bo" + "om")
except ValueError as e:
    print("caught", e)
class Sub(Sq):
    @property
    def area(self):
        return -1
for o in [Sq(2), Sub(2)]:
    print(getattr(o, name), getattr(o, "si" + "de"))
