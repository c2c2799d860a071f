def twice(x):
    return x + x

a = twice(3)
b = twice(1.5)
c = twice("ab")
print(a, b, c)
