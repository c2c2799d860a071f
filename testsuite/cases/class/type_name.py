# type(x).__name__ and x.__class__.__name__: from the static type where the class is exact,
# from the instance at run time where a base-class variable holds subclasses.


class Animal:
    def __init__(self, name):
        self.name = name

    def kind(self):
        return type(self).__name__

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Plain:
    pass


print(type(1).__name__, type(2.5).__name__, type(True).__name__, type("s").__name__)
print(type(None).__name__, type([1]).__name__, type({1: 2}).__name__, type({3}).__name__)
print(type((1, "a")).__name__, type({1: 2}.keys()).__name__, type({1: 2}.items()).__name__)
p = Plain()
print(type(p).__name__, p.__class__.__name__, Plain.__name__, Dog.__name__)
zoo = [Animal("generic"), Dog("rex"), Puppy("bit")]
for a in zoo:
    print(a.kind(), type(a).__name__, a.__class__.__name__, a)
maybe = None
for i in range(3):
    print(type(maybe).__name__)
    maybe = zoo[i]
counts = {}
for a in zoo:
    n = type(a).__name__
    counts[n] = counts.get(n, 0) + 1
print(counts)
