# Starred unpacking of tuples of any length.
t = tuple(range(6))
first, *middle, last = t
print(first, middle, last)
*init, tail = tuple("abc")
print(init, tail)
head, *rest = tuple([1])
print(head, rest)
a, b, *c = (1, 2) + tuple([3, 4, 5])
print(a, b, c)
for x, *ys in [tuple([1, 2, 3]), tuple([4])]:
    print(x, ys)
