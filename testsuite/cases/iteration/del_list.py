# del on list items, and the loop over a list seeing its current length.
xs = [0, 1, 2, 3, 4, 5]
del xs[0]
del xs[-1]
print(xs)
for x in xs:
    if x == 2:
        xs.append(99)
    print(x)
del xs[10]
