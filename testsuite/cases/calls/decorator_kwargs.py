# The classic decorator: a wrapper that passes *args and **kwargs on.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        result = f(*args, **kwargs)
        print("  ->", result)
        return result
    return wrapper


@trace
def add(a, b=10):
    return a + b


@trace
def greet(name, *, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


add(1, 2)
add(1)
add(1, b=5)
add(a=3, b=4)
add(b=1, a=2)
greet("Ann")
greet("Bob", greeting="Hi")
greet(name="Cy", punct="?", greeting="Yo")
