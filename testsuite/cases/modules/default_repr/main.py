# The default repr names the module that defines the class.
import plain
import pkg.things


class Local:
    pass


print(repr(Local()))
t = plain.Thing()
print(t)
print(str(t) == repr(t))
print([pkg.things.Item()])
print(type(plain.Thing()).__name__)
