# A starred list in a call through a function value: its length is not known statically.
def add(a, b):
    return a + b


f = add
xs = [1, 2]
print(f(*xs))
