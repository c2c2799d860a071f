# A str and an int in one list are boxed; a str method on a boxed value is not compiled yet.
items = ["a", 1]
for x in items:
    print(x.upper())
