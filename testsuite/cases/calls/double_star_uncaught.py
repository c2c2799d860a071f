# An uncaught TypeError: a ** dict with a key no parameter takes.
def point(x, y):
    return (x, y)


print(point(**{"x": 1, "y": 2}))
print(point(**{"x": 1, "y": 2, "z": 3}))
