# callable(): functions, classes and builtins named directly; instances by their class's
# __call__ (also through subclasses, boxes and optional values); other values are not callable.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


class Plain:
    pass


class Base:
    def m(self):
        return 1


class Callee(Base):
    def __call__(self):
        return 2


class Sub(Adder):
    pass


def f():
    return 1


print(callable(f), callable(Adder), callable(print), callable(len), callable(callable), callable(range), callable(any))
print(callable(int), callable(str), callable(tuple), callable(isinstance), callable(getattr))
print(callable(Adder(1)), callable(Plain()), callable(Sub(2)))
print(callable(1), callable(1.5), callable("s"), callable(None), callable([1]), callable((1, 2)), callable({}), callable(True))
xs = [Base(), Callee(), Base()]
print([callable(x) for x in xs])
mixed = [Adder(1), Plain(), 3, "a", None]
print([callable(m) for m in mixed])


def maybe(flag):
    if flag:
        return Adder(3)
    return None


print(callable(maybe(True)), callable(maybe(False)))
a = Adder(5)
if callable(a):
    print(a(1))


class K:
    @classmethod
    def make(cls):
        return callable(cls)


print(K.make())
