# tuple() of a value that is not iterable raises CPython's TypeError.
class C:
    pass


print(tuple())
print(tuple(C()))
