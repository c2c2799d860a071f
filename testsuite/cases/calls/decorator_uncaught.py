# An uncaught TypeError from binding a wrapper's **kwargs.
def wrap(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@wrap
def one(a):
    return a


print(one(1))
print(one(a=2))
print(one(1, z=3))
