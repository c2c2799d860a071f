# Euclid's algorithm; the lcm of 1..60 is far past 64 bits.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
acc = 1
for k in range(1, 61):
    acc = lcm(acc, k)
print(acc)
print(gcd(acc, 2 ** 64 + 1))
print(gcd(12345678901234567890, 9876543210))
