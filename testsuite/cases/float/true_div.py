# / always produces a float, even for ints that divide exactly.
print(7 / 2, -7 / 2, 7 / -2)
print(10 / 5, 0 / 3, -0 / 3)
print(1 / 3, 2 / 3, 22 / 7)
print(2 ** 100 / 3)
print(10 ** 30 / 10 ** 10)
print(1 / 2 ** 60)
a = 355
b = 113
q = a / b
print(q, q * b)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total)
print(7.5 / 2.5, 1.0 / 3.0)
print((2 ** 53 + 1) / 1)
