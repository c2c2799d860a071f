# A frozenset has no methods that change it.
f = frozenset([1, 2])
print(f.union({3}))
f.add(3)
