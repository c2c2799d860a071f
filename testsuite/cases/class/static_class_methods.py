# @staticmethod and @classmethod: called through the class and through instances, with
# defaults and keywords; a class method's `cls` names the class it was called on.


class Temperature:
    scale = "C"
    count = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.count += 1

    @staticmethod
    def to_fahrenheit(c):
        return c * 9 / 5 + 32

    @staticmethod
    def clamp(v, lo=0, hi=100):
        return max(lo, min(hi, v))

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls, prefix="scale"):
        return prefix + " " + cls.scale + " of " + cls.__name__

    @classmethod
    def freezing(cls):
        return cls.from_fahrenheit(32.0)

    def fahrenheit(self):
        return self.to_fahrenheit(self.degrees)

    def __repr__(self):
        return f"T({self.degrees:.1f})"


class Kelvin(Temperature):
    scale = "K"

    def __repr__(self):
        return f"Kelvin<{self.degrees:.2f}>"


print(Temperature.to_fahrenheit(100))
print(Temperature.clamp(150), Temperature.clamp(-5), Temperature.clamp(7, hi=5))
t = Temperature(21.5)
print(t.to_fahrenheit(0), t.clamp(50, lo=60))
print(t.fahrenheit())
print(Temperature.from_fahrenheit(212.0))
print(Kelvin.from_fahrenheit(212.0))
print(Temperature.describe(), Kelvin.describe(prefix="unit"))
print(Temperature.freezing(), Kelvin.freezing())
k = Kelvin(3.0)
print(k.describe(), k.from_fahrenheit(50.0))
temps = [Temperature(1.0), Kelvin(2.0)]
for x in temps:
    print(x.describe(), x.freezing(), x.fahrenheit())
print(Temperature.count)
