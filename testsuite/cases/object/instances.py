# Instances of unrelated classes in one list are boxed; print, repr, ==, isinstance work.
class Cat:
    def __repr__(self):
        return "Cat()"


class Dog:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Dog " + self.name

    def __repr__(self):
        return "Dog(" + repr(self.name) + ")"


pets = [Cat(), Dog("rex"), Cat()]
print(pets)
for p in pets:
    print(p, isinstance(p, Cat), isinstance(p, Dog), p == pets[0])
things = [1, Cat(), "x"]
print(things, [isinstance(t, Cat) for t in things])
