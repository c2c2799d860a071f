# A big int is never a valid index.
xs = [1, 2, 3]
print(xs[-1])
print(xs[2 ** 70])
