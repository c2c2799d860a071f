# Single inheritance: inherited fields and methods, overriding, super(), isinstance.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return float(self.w * self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        return "square! " + super().describe()


r = Rect(2, 3)
s = Square(4)
print(r.describe())
print(s.describe())
print(Shape("blob").describe())
print(isinstance(s, Rect), isinstance(s, Shape), isinstance(r, Square), isinstance(r, Rect))
print(s.w, s.h, s.name, Square.sides, Shape.sides)
print(Rect.area(s), Shape.area(s))
