# Decorators on methods that keep state in their closures, stack, and take arguments.
def counted(f):
    count = 0

    def wrapper(self, *args):
        nonlocal count
        count += 1
        print("call", count, "of", f.__name__)
        return f(self, *args)

    return wrapper


def prefix(p):
    def deco(f):
        def wrapper(self, x):
            return p + f(self, x)
        return wrapper
    return deco


class Formatter:
    def __init__(self, name):
        self.name = name

    @counted
    def greet(self, other):
        return self.name + " greets " + other

    @prefix(">> ")
    @prefix("[")
    def tag(self, x):
        return x + "]"


f = Formatter("ann")
print(f.greet("bob"))
print(Formatter("cy").greet("dee"))
print(f.tag("t"))
print(Formatter.tag(f, "u"))
