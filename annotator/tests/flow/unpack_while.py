a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
