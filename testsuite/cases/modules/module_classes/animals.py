class Animal:
    count = 0
    sound = "..."

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return self.sound

    def __str__(self):
        return type(self).__name__ + ":" + self.name


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"
