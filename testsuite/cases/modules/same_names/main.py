# Two modules with functions, classes and variables of the same names: each module's code sees
# its own.
import left
import right

x = "main x"


def f():
    return "main f " + x


class C:
    def who(self):
        return "main C"


print(f(), left.f(), right.f())
print(C().who(), left.C().who(), right.C().who())
print(x, left.x, right.x)
left.x = 5
print(left.f(), right.f())
