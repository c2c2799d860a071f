# Classes of another module: constructed, subclassed, checked with isinstance, class attributes.
import animals
from animals import Dog


class Puppy(animals.Dog):
    def speak(self):
        return "yip (" + super().speak() + ")"


class Robot(animals.Animal):
    sound = "beep"


pets = [animals.Cat("tom"), Dog("rex"), Puppy("bit"), Robot("r2")]
for p in pets:
    print(p.name, p.speak(), isinstance(p, animals.Dog), isinstance(p, Dog))
print(animals.Animal.count, animals.Animal.sound)
print(animals.Cat.sound, Robot.sound)
print(str(pets[0]))
