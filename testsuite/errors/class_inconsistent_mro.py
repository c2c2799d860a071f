# CPython raises TypeError when this class statement runs; the MRO is decided at build time.
class A:
    pass


class B(A):
    pass


class C(A, B):
    pass


print(C())
