# Classes as values: type(x), x.__class__, a class named as a value, __name__, is and ==.
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


shapes = [Circle(), Square(), Circle()]
for s in shapes:
    t = type(s)
    print(t.__name__, t is Circle, t == Square, s.__class__ is t, t)

kind = Circle
print(kind, kind.__name__, kind is Circle, kind is Shape, kind != Square)
print(repr(ValueError), str(KeyError))
err = KeyError("k")
print(type(err) is KeyError, type(err) is LookupError, type(err).__name__)
