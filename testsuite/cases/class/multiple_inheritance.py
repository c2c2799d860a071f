# Several bases: CPython's C3 MRO for methods and attributes, cooperative super() in a diamond
# (each __init__ runs once), isinstance/issubclass, and one slot for the shared base's fields.
class Base:
    kind = "base"

    def __init__(self, log):
        self.log = log
        self.log.append("Base")
        self.base_field = 1

    def who(self):
        return "Base"

    def describe(self):
        return "I am " + self.who()


class Left(Base):
    def __init__(self, log):
        log.append("Left>")
        super().__init__(log)
        self.left = "L"
        log.append("<Left")

    def who(self):
        return "Left/" + super().who()

    def side(self):
        return "left"


class Right(Base):
    kind = "right"

    def __init__(self, log):
        log.append("Right>")
        super().__init__(log)
        self.right = "R"
        log.append("<Right")

    def who(self):
        return "Right/" + super().who()

    def side(self):
        return "right"


class Diamond(Left, Right):
    def __init__(self, log):
        log.append("Diamond>")
        super().__init__(log)
        log.append("<Diamond")

    def who(self):
        return "Diamond/" + super().who()


d = Diamond([])
print(d.log)
print(d.who(), d.side(), d.kind, d.describe())
print(d.left, d.right, d.base_field)
d.base_field += 10
print(d.base_field, d.left + d.right)
print(isinstance(d, Left), isinstance(d, Right), isinstance(d, Base), isinstance(Left([]), Right))
print(issubclass(Diamond, Right), issubclass(Left, Right), issubclass(Diamond, Diamond))
items = [Left([]), Right([]), Diamond([])]
for x in items:
    print(type(x).__name__, x.who(), x.side(), x.base_field, x.kind)
l = Left([])
print(l.log, l.who())


class Mixin:
    def greet(self):
        return "hello from " + self.name


class Named:
    def __init__(self, name):
        self.name = name


class Greeter(Named, Mixin):
    pass


class Loud(Mixin, Named):
    def greet(self):
        return super().greet().upper()


print(Greeter("g").greet(), Loud("l").greet())
print(isinstance(Loud("x"), Named), isinstance(Greeter("y"), Mixin))


class A:
    def f(self):
        return "A"


class B(A):
    pass


class C(A):
    def f(self):
        return "C"


class D(B, C):
    pass


print(D().f(), B().f())


# A field of Right sits at another index in a Diamond; reads and writes through a Right-typed
# value select it by the instance's class.
rights = [Right([]), Diamond([]), Right([])]
for r in rights:
    r.right = r.right + "!"
    print(type(r).__name__, r.right, r.base_field, r.who())
