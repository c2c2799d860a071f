# Starred arguments in method calls.
class Vec:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy=0, *, scale=1):
        self.x += dx * scale
        self.y += dy * scale
        return self

    def show(self, *args, **kwargs):
        print(self.x, self.y, args, kwargs)


v = Vec(*[1, 2])
v.show()
v.move(*[3, 4]).show()
v.move(1, **{"dy": 5, "scale": 2}).show(*(1, 2), k=3)
w = Vec(**{"y": 9})
w.show()
try:
    v.move(**{"bad": 1})
except TypeError as e:
    print(e)
try:
    v.move()
except TypeError as e:
    print(e)
