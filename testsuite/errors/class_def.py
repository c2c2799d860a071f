# Classes arrive with the object model; the first slice rejects them.
x = 1


class Point:
    pass


print(x)
