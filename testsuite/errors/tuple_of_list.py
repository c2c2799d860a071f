# A tuple's length must be known statically: tuple() of a list, str, set or dict is rejected.
xs = [1, 2, 3]
t = tuple(xs)
print(t)
