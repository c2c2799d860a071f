# Operators and builtins call the special methods a class defines.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a - b, a * 3, 2 * b, -a, not a)
print(a == Vec(1, 2), a != b, a == b, a < b, b < a, b > a)
vs = [Vec(2, 1), Vec(1, 5), Vec(1, 2)]
print(vs, str(a), repr(b), f"<{a}>")
print({"origin": Vec(0, 0)})


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def add(self, x):
        self.items.append(x)
        return self


bag = Bag()
print(len(bag), bool(bag), 3 in bag)
bag.add(3).add(4)
bag[0] = 30
print(len(bag), bool(bag), 3 in bag, 30 in bag, 5 not in bag, bag[1], bag[-1])
if bag:
    print("non-empty")


class Temperature:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        return f"{self.c:.1f}C"

    def __repr__(self):
        return f"Temperature({self.c!r})"

    def __bool__(self):
        return self.c != 0.0


t = Temperature(21.5)
print(t, str(t), repr(t), [t], bool(t), bool(Temperature(0.0)))
