# The results of set operators in CPython's order: each operation has its own way of building
# the result (copy and update, iterate the smaller set, toggle), visible in the printed order.
a = set()
for x in [5, 13, 21, 1, 100, 64, -3]:
    a.add(x)
b = set()
for x in [21, 64, 8, 16, 1, 77]:
    b.add(x)
print(a, b)
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.copy(), a | a, a & a, a - a, a ^ a)
c = a.copy()
c |= b
print(c)
c = a.copy()
c &= b
print(c)
c = a.copy()
c -= b
print(c)
c = a.copy()
c ^= b
print(c)
c.update(a)
print(c)
c.intersection_update(b)
print(c)
c.symmetric_difference_update(a)
print(c)
c.difference_update(b)
print(c, c.issubset(a), a.issubset(c))
# Removing more than a quarter of a table rebuilds it.
d = set()
for x in range(100):
    d.add(x)
e = set()
for x in range(0, 100, 3):
    e.add(x)
for x in range(0, 100, 5):
    e.add(x)
d -= e
d.add(-7)
print(d)
# A large set minus a small one starts from a copy.
big = set()
for x in range(40):
    big.add(x * 9)
small = set()
for x in [27, 315, 1000]:
    small.add(x)
print(big - small)
print(small - big, small & big, big & small)
for x in big ^ small:
    print(x, end=" ")
print()
