class A:
    def __init__(self):
        self.x = 1
class B:
    def __init__(self):
        self.y = "b"
objs = [A(), B(), None]
for i, o in enumerate(objs):
    n = "tag" + str(i)
    if o is not None:
        setattr(o, n, i * 10)
        print(getattr(o, n), hasattr(o, n), hasattr(o, "nope"))
    print(hasattr(o, n))
a = objs[0]
b = objs[1]
print(a.tag0, b.tag1)
try:
    print(b.tag0)
except AttributeError as e:
    print(e)
try:
    getattr(objs[2], "zz" + "z")
except AttributeError as e:
    print(e)
delattr(a, "tag" + "0")
print(hasattr(a, "tag0"), a.x, getattr(b, "y"))
setattr(b, "y", "changed")
print(b.y)
