# Unpacking a tuple of any length into too few targets.
t = tuple(range(2))
a, b = t
print(a, b)
t = tuple(range(3))
a, b = t
print("not reached")
