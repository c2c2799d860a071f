class A:
    def __init__(self):
        self.x = 1
class B:
    def __init__(self):
        self.y = "b"
objs = [A(), B()]
for o in objs:
    setattr(o, "extra" + str(len(o.__class__.__name__)), 5)
a = objs[0]
print(a.extra1)
print(getattr(a, "extra1"))
print(vars(A()))
try:
    print(objs[1].extra2)
except AttributeError as e:
    print(e)
