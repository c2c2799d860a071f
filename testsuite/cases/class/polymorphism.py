# Overridden methods called through a base-class variable or list dispatch on the class at run time.
class Animal:
    def __init__(self, name):
        self.name = name
        self.legs = 4

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()} on {self.legs} legs"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    def speak(self):
        return "woof"


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.legs = 2

    def speak(self):
        return "tweet"

    def __repr__(self):
        return f"Bird({self.name!r})"

    def __str__(self):
        return "a bird called " + self.name


class Puppy(Dog):
    pass


zoo = [Dog("rex"), Bird("tweety"), Animal("generic"), Puppy("bit")]
for a in zoo:
    print(a.describe())
    print(a)
print(zoo)
best = zoo[0]
best = zoo[1]
print(best.speak(), str(best), repr(best))
counts = {}
for a in zoo:
    s = a.speak()
    counts[s] = counts.get(s, 0) + a.legs
print(counts)
