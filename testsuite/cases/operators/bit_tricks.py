# Classic bit manipulation on ints.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def lowest_bit(n):
    return n & -n


for v in [0, 1, 2, 3, 255, 256, 1023, 2 ** 64, 2 ** 64 - 1, 12345]:
    print(v, popcount(v), is_power_of_two(v), lowest_bit(v))
a = 12
b = 25
a ^= b
b ^= a
a ^= b
print(a, b)
print(len(str(1 << 200)), (1 << 200) >> 199)
