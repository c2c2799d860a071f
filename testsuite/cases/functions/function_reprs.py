class A:
    def m(self):
        return 1
class B:
    def __repr__(self):
        return "B!"
    def m(self):
        return 2
print(len, print, repr)
print(B().m)
print([B().m])
print(A.m.__name__, B().m.__name__)
f = A().m
print(repr(f).startswith("<bound method A.m of <__main__.A object at 0x"))
print(f == f, f is f)
