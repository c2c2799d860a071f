# A decorator's wrapper forwards `*args, **kwargs` into functions that take `*args`.
def logged(f):
    def wrapper(*args, **kwargs):
        print("->", f.__name__, len(args), sorted(kwargs))
        return f(*args, **kwargs)
    return wrapper


@logged
def add_all(*nums, scale=1):
    return sum(nums) * scale


@logged
def pair(a, b, *more):
    return (a, b, more)


print(add_all(1, 2, 3))
print(add_all(4, scale=3))
xs = [5, 6, 7, 8]
print(add_all(*xs, scale=2))
print(pair(*xs))
print(pair(1, 2))
