# Iterating a boxed value that holds an int raises CPython's TypeError.
cells = [[1, 2], "ab", 7]
for c in cells:
    for x in c:
        print(x)
