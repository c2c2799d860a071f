# Raising an instance of a class that does not derive from BaseException.
class Plain:
    pass


def check(n):
    if n < 0:
        raise Plain()
    return n


print(check(1))
