# Float division by a float zero.
x = 1.5
y = x - 1.5
print(x, y)
print(x / y)
