# Multiple inheritance (C3 MRO) is not compiled yet.
class A:
    pass


class B:
    pass


class C(A, B):
    pass


print(C())
