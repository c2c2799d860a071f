# `obj.__dict__` is a snapshot here: mutating it other than by item assignment, item deletion
# or `update()` is a diagnostic.
class Point:
    def __init__(self):
        self.x = 1


p = Point()
p.__dict__.pop("x")
