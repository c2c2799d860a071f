# An uncaught TypeError: a starred int.
def f(*args):
    return args


print(f(*[1, 2]))
n = 3
print(f(*n))
print("not reached")
