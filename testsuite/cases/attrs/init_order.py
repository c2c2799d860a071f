# Fields read before __init__ assigned them still raise AttributeError, however __init__ runs.
class Base:
    def __init__(self, x):
        self.x = x
        self.scale = 2.0


class Early(Base):
    def __init__(self, x):
        self.report()
        super().__init__(x)

    def report(self):
        try:
            print("x is", self.x)
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            print("scale is", self.scale)
        except AttributeError as e:
            print("AttributeError:", e)


class Skips(Base):
    def __init__(self, x):
        self.y = x


class Branchy(Base):
    def __init__(self, x):
        if x > 0:
            super().__init__(x)
        self.ok = True


def show(b):
    try:
        print(type(b).__name__, b.x * b.scale)
    except AttributeError as e:
        print(type(b).__name__, "AttributeError:", e)


for b in [Base(1), Early(2), Skips(3), Branchy(4), Branchy(-1)]:
    show(b)


class Twice:
    def __init__(self):
        self.total = self.start() + 1

    def start(self):
        try:
            return self.total
        except AttributeError:
            return 10


print(Twice().total)
