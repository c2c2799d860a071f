# Methods named through their class, with starred arguments.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def scaled(self, k, offset=0):
        return [x * k + offset for x in self.xs]

    @staticmethod
    def combine(*parts):
        return sum(parts)


class Vec2(Vec):
    def scaled(self, *args):
        return Vec.scaled(self, *args) + [0]


v = Vec2(1, 2)
print(Vec.scaled(v, *[3]))
print(Vec.scaled(v, *(2, 1)))
print(v.scaled(*[10]))
print(Vec.combine(*v.xs, *[5]))
try:
    Vec.scaled(v, *[1, 2, 3])
except TypeError as e:
    print(e)
