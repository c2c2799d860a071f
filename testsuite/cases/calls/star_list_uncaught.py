# An uncaught TypeError: too many items in a starred list.
def g(a, b):
    return a * b


print(g(*[2, 3]))
print(g(*[2, 3, 4]))
