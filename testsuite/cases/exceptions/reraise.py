# Raising again: bare raise, raise of a caught instance, raise ... from, tuples of classes.
def inner(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x * 2


def middle(x):
    try:
        return inner(x)
    except ValueError:
        print("middle saw it")
        raise


def outer(x):
    try:
        return middle(x)
    except (TypeError, ValueError) as e:
        print("outer caught", repr(e))
        return None


print(outer(4))
print(outer(-1))

saved = None
try:
    raise KeyError("first")
except KeyError as e:
    saved = e
print("saved", repr(saved))

try:
    try:
        raise saved
    except LookupError as e:
        print("again", e is saved)
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("got", e)

try:
    raise IndexError
except IndexError as e:
    print("class raised", repr(e), e.args)
