# Only instances of exception classes can be raised or caught.
class Plain:
    pass


def check(n):
    if n < 0:
        raise Plain()
    return n


try:
    check(-1)
except int:
    print("never")
