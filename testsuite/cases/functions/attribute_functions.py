def twice(x):
    return x * 2
def shout(s, suffix="!"):
    return s.upper() + suffix
class Button:
    def __init__(self, label, on_click=None):
        self.label = label
        self.on_click = on_click
    def click(self, v):
        if self.on_click is not None:
            return self.on_click(v)
        return None
class Handler:
    transform = twice
    def run(self, v):
        return v
b = Button("ok", twice)
print(b.click(21))
print(b.on_click(5))
c = Button("none")
print(c.click(1))
b.on_click = lambda v: v - 1
print(b.click(10))
class Greeter:
    def __init__(self):
        self.fmt = shout
g = Greeter()
print(g.fmt("hi"), g.fmt("hi", suffix="?"))
try:
    c.on_click(3)
except TypeError as e:
    print(e)
