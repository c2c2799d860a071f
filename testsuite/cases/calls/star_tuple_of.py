# Tuples whose length is known only at run time, spread into calls and through decorators.
def deco(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper


@deco
def add(a, b=2):
    return a + b


@deco
def add3(a, b, c):
    return a + b + c


def plain3(a, b, c=10):
    return a * b + c


print(add(1))
print(add(1, b=5))
print(add3(1, 2, 3))
t = tuple([4, 5, 6])
print(plain3(*t))
print(plain3(*tuple(x for x in [2, 3])))
try:
    plain3(*tuple([1]))
except TypeError as e:
    print(e)
try:
    plain3(*tuple(range(5)))
except TypeError as e:
    print(e)
