# A wrapper passes arguments that do not fit the wrapped function: CPython's TypeErrors.
def wrap(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@wrap
def pair(a, b, c=0):
    return (a, b, c)


print(pair(1, 2))
for attempt in range(5):
    try:
        if attempt == 0:
            pair(1)
        elif attempt == 1:
            pair(1, 2, 3, 4)
        elif attempt == 2:
            pair(1, 2, d=4)
        elif attempt == 3:
            pair(1, 2, a=5)
        else:
            pair(c=1)
    except TypeError as e:
        print("TypeError:", e)
