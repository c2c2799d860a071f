# Comparisons and conversions between int and float are exact.
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, -1 < -0.5)
big = 2 ** 53
print(big + 1 == float(big + 1), big == float(big))
print(float(big + 1))
print(2 ** 63 == 9.223372036854776e18, 2 ** 63 + 1 > 9.223372036854776e18)
print(10 ** 400 > 1e308)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float(7), float(-3), float(10 ** 20))
print(1 + 0.5, 2 * 0.25, 10 - 0.125)
print(max(3.0, 2.5), min(3.5, 2.5))
print(sum([0.1, 0.2, 0.3]), sum([1.5, 2.5]))
