PI = 3.14159
UNITS = ["cm", "m", "km"]


def area(r):
    return PI * r * r


def perimeter(side):
    return 4 * side


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def shifted(self, d):
        return Point(self.x + d, self.y + d)


def describe(p):
    return f"Point({p.x}, {p.y}) in {UNITS[0]}"
