def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield 1
        yield 2
        raise


g = gen()
print(next(g))
try:
    raise KeyError("outside")
except KeyError as e:
    print("caller context:", repr(e.__context__))
print(next(g))
try:
    next(g)
except ValueError as e:
    print("re-raised in generator:", e)
try:
    raise
except RuntimeError as e:
    print("no active exception:", e)
