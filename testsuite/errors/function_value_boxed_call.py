# A function boxed with values of other types cannot be called yet.
def f(x):
    return x
y = [1, f]
print(y[1](2))
