# Methods and constructors that take `*args`, called with a starred list.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def add(self, *more):
        self.items.extend(list(more))
        return len(self.items)

    def pick(self, i, *rest):
        return self.items[i], rest


xs = [3, 1, 2]
b = Bag(*xs)
print(b.items)
print(b.add(*[7, 8]))
print(b.add(*[]))
print(b.pick(*xs))
print(b.items)
print(Bag(*range(3)).items)
