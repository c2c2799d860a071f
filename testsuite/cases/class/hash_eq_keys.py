# __hash__ and __eq__ decide dict keys, set members and list searches; without them, identity.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    pass


grid = {Point(0, 0): "origin", Point(1, 2): "a"}
grid[Point(1, 2)] = "b"
grid[Point3(5, 5)] = "c"
print(len(grid), grid[Point(1, 2)], grid[Point(5, 5)], Point(0, 0) in grid, Point(9, 9) in grid)
print(grid)
seen = {Point(1, 1), Point(1, 1), Point3(1, 1), Point(2, 1)}
print(len(seen), Point(2, 1) in seen, Point(1, 2) in seen)
print(hash(Point(1, 2)) == hash((1, 2)), hash(Point3(3, 4)) == hash(Point(3, 4)))
ps = [Point(3, 3), Point(1, 2), Point(1, 2)]
print(Point(1, 2) in ps, ps.index(Point(1, 2)), ps.count(Point(1, 2)), [Point(3, 3)] == [Point(3, 3)])
ps.remove(Point(1, 2))
print(ps)
del grid[Point(0, 0)]
print(sorted([p.x for p in grid]))


class Big:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n


print(hash(Big(7)), hash(Big(-1)), hash(Big(2**70)), hash(Big(2**62)))


class Token:
    def __init__(self, name):
        self.name = name


a = Token("a")
b = Token("a")
counts = {a: 1, b: 2}
counts[a] += 10
print(len(counts), counts[a], counts[b], a == b, a != b, a == a, hash(a) == hash(a))
tokens = {a, b, a}
print(len(tokens), a in tokens, Token("a") in tokens)
print(a in [b], a in [b, a], [a, b].index(b))
