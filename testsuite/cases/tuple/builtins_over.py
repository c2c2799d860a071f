# Builtins over tuples of any length.
t = tuple([5, 3, 8, 1])
print(len(t), sum(t), min(t), max(t), sorted(t), sorted(t, reverse=True))
print(list(t), set(t), frozenset(tuple([1, 1])), any(t), all(t), bool(t), bool(tuple()))
print(list(enumerate(t)), list(zip(t, "abcd")), list(reversed(t)))
print(sum(x for x in t if x > 2), max(t, key=lambda x: -x))
print(", ".join(tuple(str(x) for x in t)))
print(dict(zip(tuple("ab"), tuple([1, 2]))))
print(tuple(sorted(tuple("cab"))))
if tuple([]):
    print("nonempty")
else:
    print("empty")
e = tuple(x for x in t if x > 100)
print(e, len(e), sum(e))
