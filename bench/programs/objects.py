# Object-heavy: small classes, attribute access, method calls, special methods and virtual
# dispatch over a class hierarchy, in a particle simulation and a shape inventory.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(float(i % 17), float(i % 13))
        self.vel = Vec(float(i % 5) - 2.0, float(i % 7) - 3.0)
        self.mass = 1.0 + (i % 3)

    def step(self, dt):
        self.pos = self.pos + self.vel.scale(dt)
        if self.pos.x < 0.0 or self.pos.x > 100.0:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y < 0.0 or self.pos.y > 100.0:
            self.vel = Vec(self.vel.x, -self.vel.y)

    def energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)


class Shape:
    def __init__(self, k):
        self.k = k

    def area(self):
        return 0.0

    def weight(self):
        return self.area() * 2.0 + 1.0


class Square(Shape):
    def area(self):
        return float(self.k * self.k)


class Circle(Shape):
    def area(self):
        return 3.14159 * self.k * self.k


class Tri(Shape):
    def area(self):
        return 0.5 * self.k * (self.k + 1)


def simulate(n, steps):
    ps = [Particle(i) for i in range(n)]
    for s in range(steps):
        for p in ps:
            p.step(0.1)
    total = 0.0
    for p in ps:
        total += p.energy()
    return total


def inventory(n):
    shapes = []
    for i in range(n):
        if i % 3 == 0:
            shapes.append(Square(i % 10))
        elif i % 3 == 1:
            shapes.append(Circle(i % 7))
        else:
            shapes.append(Tri(i % 5))
    total = 0.0
    for rep in range(60):
        for s in shapes:
            total += s.weight()
    return total


print(round(simulate(2000, 600), 6))
print(round(inventory(20000), 3))
