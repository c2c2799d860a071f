# Set displays of three or more constants are built the way CPython compiles them (a frozenset
# constant merged into a new set), which can order them differently from adding the items.
print({3, 1, 2})
print({10, 5, 100, 7, 33})
print({-1, -2, 2**61, 8, 16})
print({681366, 7, 55}, {1, 2, 3, 4, 16}, {2, 2, 1, 1})
s = {7, 55}
s.add(681366)
print(s)
x = 16
print({1, 2, 3, 4, x}, {x, 1})
t = {3, 11, 19, 27, 1, 9}
print(t.pop(), t.pop(), t)
print({5, 13, 21, 1, 100, 64, -3} | {21, 64, 8, 16, 1, 77})
print({n * 8 for n in range(6)})
