# frozenset: construction, repr, len, `in`, iteration in CPython's order.
empty = frozenset()
print(empty, repr(empty), len(empty), bool(empty))
f = frozenset([30, 1, 17, 5, 1, 30])
print(f, len(f), 17 in f, 2 in f, 2 not in f)
for x in f:
    print(x, end=" ")
print()
print(frozenset("mississippi") == frozenset("misp"), len(frozenset("mississippi")))
print(frozenset((3, 2, 1)), frozenset({9: "a", 8: "b"}), frozenset({4, 5}), frozenset(b"aba"))
print(frozenset([(1, 2), (0, 1)]), frozenset([1.5, 2.5]), frozenset([True]))
print(sorted(frozenset([10, -3, 7])), list(frozenset([64, 1, 32])), [x * 2 for x in frozenset([1, 2])])
print(frozenset(frozenset([1, 2])), set(frozenset([8, 16])), frozenset({100, 200}).copy())
print(type(f).__name__, type(set(f)).__name__, f"{f}", str(frozenset(['a'])))
g = f
print(f.copy() is f, frozenset(f) is f, g is f)
print(min(f), max(f), sum(f))
