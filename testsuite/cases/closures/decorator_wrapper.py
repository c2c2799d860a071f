# A decorator that returns a wrapper closure.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("return", result)
        return result

    return wrapper


@trace
def add(a, b):
    return a + b


@trace
def greet(name):
    return "hello " + name


print(add(2, 3))
print(greet("ann"))
print(add.__name__)
