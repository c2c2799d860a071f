# round with and without ndigits, on floats and ints.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 3.14159, -7.25, 1e-5]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, 3))
for n in [5, 15, 25, 150, 250, -250, 12345]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1))
print(round(1.23456789e10, -5), round(123.456, -1))
