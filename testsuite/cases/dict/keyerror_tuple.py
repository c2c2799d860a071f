# The KeyError message of a tuple key.
d = {(1, 2): "a"}
del d[(1, 2)]
print(d)
d.pop((3, 4))
