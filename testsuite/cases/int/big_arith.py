# Mixed small and big int arithmetic, crossing the machine-word boundary both ways.
a = 2 ** 62
b = a + a
print(b, b - a, b - a - a)
c = 9223372036854775807
print(c + 1, c * 2, -c - 1, -c - 2)
d = (c + 1) - 1
print(d, d == c)
print(c * c)
print(c * c // c == c)
m = 12345678901234567890
n = 98765432109876543210
print(m + n, m - n, n - m, m * n)
print(n // m, n % m)
print(m < n, m > n, m == 12345678901234567890, m != n)
print(-m < m, -(m * m) < -m)
print(abs(-m), abs(m - n))
x = 1
for i in range(1, 40):
    x = x * i - i
print(x)
while x > 1000:
    x = x // 7
print(x)
