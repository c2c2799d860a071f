# Calling an instance whose class has no __call__ is a TypeError.
class Plain:
    def __init__(self):
        self.v = 1


class Fn:
    def __call__(self):
        return "called"


print(Fn()())
p = Plain()
print(p.v)
p()
