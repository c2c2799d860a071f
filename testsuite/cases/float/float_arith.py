# Float floor division, modulo, powers and mixed operations.
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, 7.5 // -2)
print(divmod(7.5, 2.0), divmod(-7.5, 2.0))
print(5.0 % 0.3)
print(2.0 ** 10, 2.0 ** -1, 2.0 ** 0.5, 10.0 ** -3)
print(4 ** 0.5, 8 ** (1 / 3))
print(1e300 * 1e300)
print(3.0 * 1.1, 0.1 * 3, 1.1 + 2.2)
print(-0.0 + 0.0, 0.0 * -1.0)
print(1.5 + 2, 2 * 1.5, 3 - 0.5, 7 // 2.0, 7 % 2.5)
x = 1.0
for i in range(10):
    x = x * 1.5 - 0.25
print(x)
y = 100.0
y /= 3
print(y)
y //= 2
print(y)
y %= 7
print(y)
y **= 2
print(y)
