# An attribute name computed at run time needs a per-instance dictionary, which is not there yet.
class Point:
    def __init__(self):
        self.x = 1


p = Point()
name = "x"
print(getattr(p, name))
print(vars(p))
print(p.__dict__)
