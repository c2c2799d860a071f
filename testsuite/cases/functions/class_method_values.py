class C:
    def __init__(self, v=1):
        self.v = v
    def m(self, x, y=10):
        return x + y + self.v
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def make(cls, v):
        return cls(v)
class D(C):
    pass
g = C.m
print(g(C(), 4))
print(g(C(5), 4, y=1))
h = C.s
print(h(5))
print(C.m.__name__, D.s.__name__)
mk = D.make
print(type(mk(3)).__name__, mk(3).v)
print(list(map(C.s, [1, 2])))
try:
    g(C())
except TypeError as e:
    print(e)
