# A diamond whose classes all add fields: each field has one slot, methods inherited from either
# side read the right ones, and functions typed by a base see the subclass's values.
class Shape:
    def __init__(self, name):
        self.name = name
        self.tags = []

    def tag(self, t):
        self.tags.append(t)
        return self


class Colored(Shape):
    def __init__(self, name, color):
        Shape.__init__(self, name)
        self.color = color

    def paint(self):
        return self.name + " in " + self.color


class Sized(Shape):
    def __init__(self, name, size):
        Shape.__init__(self, name)
        self.size = size

    def area(self):
        return self.size * self.size


class Tile(Colored, Sized):
    def __init__(self, name, color, size):
        Colored.__init__(self, name, color)
        self.size = size
        self.grout = 0.5

    def summary(self):
        return f"{self.paint()}, area {self.area()}, grout {self.grout}, tags {self.tags}"


def painted(c):
    return c.paint() + "!"


def measured(s):
    return s.area() + len(s.name)


t = Tile("tile", "red", 3)
t.tag("floor").tag("kitchen")
print(t.summary())
print(painted(Colored("wall", "blue")), painted(t))
print(measured(Sized("box", 2)), measured(t))
for s in [Sized("a", 1), t, Sized("bb", 4)]:
    print(s.name, s.size, s.area(), s.tags)
print(isinstance(t, Colored) and isinstance(t, Sized), Tile.__name__)
