# Instances of two classes in one list need a common representation (boxed values).
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pets = [Cat(), Dog()]
for p in pets:
    print(p.speak())
