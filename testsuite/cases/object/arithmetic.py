# Arithmetic and comparisons between boxed values follow CPython's numeric tower.
def pick(i):
    if i == 0:
        return 7
    if i == 1:
        return 2.5
    if i == 2:
        return True
    return "s"


a, b, c, s = pick(0), pick(1), pick(2), pick(3)
print(a + b, a - c, a * b, a / c, a // 2, a % 3, a ** 2, b ** 2, -a, -b, +c, ~a)
print(a < b, b < a, a == 7.0, c == 1, c + c, c & True, a | 8, a ^ 1, a << 3, a >> 1)
print(s * 3, s + "t", 3 * s, "%s-%s" % (a, s))
print(a > 2, b >= 2.5, c <= 0, s < "t", a != b)
big = pick(0) ** 40
print(big, big + 1, big // 7 - 1)
print(divmod(7, 2), 7 // 2.0, 7 % -3, -7.5 // 2)
