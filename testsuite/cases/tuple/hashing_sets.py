# Hashes equal CPython's, so sets of tuples iterate in CPython's order.
print(hash(tuple([1, 2, 3])) == hash((1, 2, 3)), hash(tuple()) == hash(()))
print(hash(tuple([1, 2])), hash((1, 2)), hash(tuple(range(5))))
s = set()
for i in range(8):
    s.add(tuple(range(i % 4)))
    s.add(tuple([i, i * i]))
print(s)
print(len(s), tuple([1, 1]) in s, (2, 4) in s, (9, 9) in s)
f = frozenset(tuple([n, -n]) for n in range(5))
print(sorted(f))
d = {}
for w in ["ab", "ba", "cd", "dc", "ab"]:
    d[tuple(sorted(w))] = d.get(tuple(sorted(w)), 0) + 1
print(d)
print({tuple([1.5, 2]): 1, (True, 0): 2})
