# Every arithmetic operator on ints and floats.
ints = [17, -17, 5, -5, 1]
for a in ints:
    for b in [3, -3, 7]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
fl = [2.5, -2.5, 0.1]
for x in fl:
    for y in [0.5, -4.0]:
        print(x, y, x + y, x - y, x * y, x / y, x // y, x % y, x ** 2)
print(2 ** 10, 2 ** 0, 0 ** 5, (-3) ** 3, 10 ** 19)
