# Instances of unrelated classes in one list are boxed; calling a method on a boxed value is not compiled yet.
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pets = [Cat(), Dog()]
for p in pets:
    print(p.speak())
