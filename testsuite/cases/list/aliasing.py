# Lists are shared by reference; slices copy.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c)


def add_item(xs, v):
    xs.append(v)


add_item(a, 99)
print(a, b)
outer = [[0], [0]]
inner = outer[0]
inner.append(7)
print(outer)
