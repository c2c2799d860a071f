class Holder:
    def __init__(self):
        self.i = 1
        self.f = 2.5
        self.b = True
        self.s = "text"
        self.xs = [1, 2]
        self.maybe = None
        self.mixed = 1

    def fill(self):
        self.maybe = 5
        self.mixed = "one"


h = Holder()
h.fill()
for name in ["i", "f", "b", "s", "xs", "maybe", "mixed"]:
    print(name, hasattr(h, name))
del h.i
del h.f
del h.b
del h.s
del h.xs
del h.maybe
del h.mixed
for name in ["i", "f", "b", "s", "xs", "maybe", "mixed"]:
    print(name, hasattr(h, name))
try:
    print(h.f)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(h.b)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(h.maybe)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del h.s
except AttributeError as e:
    print("AttributeError:", e)
h.f = 1.25
h.b = False
h.maybe = 3
print(h.f, h.b, h.maybe)
delattr(h, "f")
print(hasattr(h, "f"))
name = "b"
delattr(h, name)
print(hasattr(h, "b"))
