# Instances of unrelated classes in one list are boxed: attribute reads and writes, class
# attributes and method calls dispatch on the class of the instance each box holds.
class Circle:
    kind = "circle"

    def __init__(self, r):
        self.r = r
        self.name = "c"

    def area(self):
        return 3 * self.r * self.r

    def scale(self, k):
        self.r = self.r * k
        return self


class Square:
    kind = "square"

    def __init__(self, s):
        self.s = s
        self.name = "s"

    def area(self):
        return self.s * self.s

    def scale(self, k):
        self.s *= k
        return self


shapes = [Circle(1), Square(2), Circle(3)]
total = 0
for sh in shapes:
    print(sh.kind, sh.name, sh.area())
    total += sh.area()
    sh.scale(2)
    sh.name = sh.name + "!"
print(total, [s.area() for s in shapes], [s.name for s in shapes])
print(shapes[1].scale(0.5).area())


class Cat:
    def __init__(self, name):
        self.name = name

    def speak(self, times=1):
        return "meow" * times


class Dog:
    def __init__(self, name):
        self.name = name

    def speak(self, times=1):
        return "woof" * times


pets = [Cat("tom"), Dog("rex"), Cat("kit")]
for p in pets:
    print(p.name, p.speak(), p.speak(2), p.speak(times=3))
pets[0].name = "tommy"
print([p.name for p in pets])
box = [Dog("a"), 3]
print(box[0].speak())
print(box[1].speak())
