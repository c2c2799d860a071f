# Functions print as <function qualname at 0x...>.
def top():
    return 1


def outer():
    def inner():
        return 2
    return inner


print(top)
print(outer())
print(lambda: 0)
print([top])
print(repr(top) == str(top))
print(f"{top}")
print(top.__name__, outer().__name__, outer().__qualname__)
