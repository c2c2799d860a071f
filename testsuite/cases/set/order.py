# Sets print, iterate and pop in CPython's hash-table order: neither sorted nor insertion order.
s = set()
for x in [3, 1, 2]:
    s.add(x)
print(s)
t = set()
for x in [10, 5, 100, 7, 33]:
    t.add(x)
print(t, len(t))
u = set([-1, -2, 2**61, 8, 16])
print(u)
r = set()
for x in range(20):
    r.add(x)
for x in range(0, 20, 2):
    r.remove(x)
print(r)
for x in range(100, 111):
    r.add(x)
print(r)
r.discard(7)
r.discard(1000)
print(list(r))
for x in r:
    print(x, end=" ")
print()
# Multiples of 8 collide in an 8-slot table; a removed element leaves a slot that a later add
# may reuse.
c = set()
for x in [8, 16, 0, 24, 1]:
    c.add(x)
print(c)
c.remove(16)
c.add(32)
print(c)
c.add(16)
print(c, 16 in c, 17 in c)
# Growing through several resizes, with removals on the way.
g = set()
for i in range(100):
    g.add(i * 37 % 101)
    if i % 3 == 0:
        g.discard(i)
print(g)
big = set()
for i in range(1, 60000):
    big.add(i * 7919)
big.discard(7919)
items = list(big)
print(len(items), items[:5], items[30000:30003], items[-3:])
