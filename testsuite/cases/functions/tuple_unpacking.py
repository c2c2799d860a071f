# Tuple packing and unpacking in assignments, returns and loops.
def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def split_name(full):
    parts = full.split(" ")
    return (parts[0], parts[-1], len(parts))


lo, hi = min_max([5, 3, 9, 1, 7])
print(lo, hi)
first, last, count = split_name("Ada King Lovelace")
print(first, last, count)
a = 1
b = 2
a, b = b, a
print(a, b)
x, y, z = 1, 2.5, "three"
print(x, y, z)
t = 4, 5, 6
print(t, len(t), t[0], t[-1])
p, q, r = t
print(p + q + r)
(m, (n, o)) = (1, (2, 3))
print(m, n, o)
u, v = [10, 20]
print(u, v)
pair = min_max([25, -10])
print(pair)
