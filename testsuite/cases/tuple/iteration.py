# Iterating tuples of any length: for, comprehensions, in, iter and next.
t = tuple(w.upper() for w in "one two three".split())
for w in t:
    print(w)
print([len(w) for w in t], {w[0] for w in t}, {w: len(w) for w in t})
print("TWO" in t, "two" in t, 3 in tuple([1, 2, 3]), 3.0 in tuple([3]), "3" in tuple([3]))
it = iter(t)
print(next(it), next(it), next(it), next(it, "done"))
for i, w in enumerate(tuple(reversed(t))):
    print(i, w)
total = 0
for x in tuple(range(5)):
    for y in tuple(range(x)):
        total += y
print(total)
