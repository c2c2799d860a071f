# Numeric series: harmonic sums, Leibniz pi, e from factorials.
h = 0.0
for k in range(1, 1001):
    h += 1.0 / k
print(h)

pi4 = 0.0
sign = 1.0
for k in range(0, 20000):
    pi4 += sign / (2 * k + 1)
    sign = -sign
print(pi4 * 4.0)

e = 0.0
term = 1.0
for k in range(1, 20):
    e += term
    term /= k
print(e)

x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0)
