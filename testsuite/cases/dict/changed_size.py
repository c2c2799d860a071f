# Adding to a dict while iterating over it raises RuntimeError, as in CPython.
d = {1: 1, 2: 4}
for k in d:
    print(k)
    d[k + 10] = 0
