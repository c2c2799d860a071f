def bad(s):
    return s - 1

print(bad("x"))
