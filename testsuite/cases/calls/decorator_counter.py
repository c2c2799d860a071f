# A decorator that counts calls in a closure cell and checks its arguments.
def counted(f):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"#{calls} {f.__name__}{args} {sorted(kwargs.items())}")
        return f(*args, **kwargs)

    return wrapper


@counted
def area(w, h=1, *, scale=1):
    return w * h * scale


print(area(2, 3))
print(area(4))
print(area(2, h=5))
print(area(2, 2, scale=10))
print(area(w=7, scale=2))
