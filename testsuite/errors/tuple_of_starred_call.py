# A tuple whose length is known only at run time cannot be spread into a function's `*args` yet.
def f(*args):
    return len(args)
t = tuple([1, 2, 3])
print(f(*t))
