# Starred assignment targets: lists, strs and tuples, the star first, in the middle and last,
# an empty starred part, nested targets, in a for loop, and CPython's ValueError at the end.

xs = [1, 2, 3, 4, 5]
a, *rest = xs
print(a, rest)
first, *mid, last = xs
print(first, mid, last)
*init, tail = xs
print(init, tail)
p, q, *r = [7, 8]
print(p, q, r)
[h, *t] = "hello"
print(h, t)
x, *y, z = (1, 2.5, 3)
print(x, y, z)
u, *v = ("only",)
print(u, v)
head, *others = (1, 2, 3)
print(head, others, sum(others))
rest.append(99)
print(xs, rest)
for k, *vals in [[1, 2, 3], [4], [5, 6]]:
    print(k, vals)
(m, n), *more = [(1, 2), (3, 4)]
print(m, n, more)
words = "a b c d".split()
w0, *ws = words
ws[0] = "B"
print(w0, ws, words)
short = [1]
f1, *f2, f3 = short
