# tuple.index of a value not in the tuple raises ValueError.
t = tuple(x * 2 for x in range(5))
print(t.index(4))
print(t.index(5))
