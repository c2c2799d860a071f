# frozensets are hashable: dict keys, set members, with CPython's hash values.
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([-1, 0])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset([(1, 2)])))
edges = {}
for u, v in [(1, 2), (2, 3), (2, 1), (3, 1), (3, 2)]:
    key = frozenset([u, v])
    edges[key] = edges.get(key, 0) + 1
print(edges)
print(edges[frozenset([1, 2])], frozenset([1, 3]) in edges, frozenset([4]) in edges)
groups = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3]), frozenset(), frozenset([10, 20, 30])}
print(len(groups), groups)
print(frozenset([frozenset([1]), frozenset([2, 3])]))
nested = frozenset([frozenset([5]), frozenset([6])])
print(frozenset([5]) in nested, frozenset([7]) in nested, hash(nested) == hash(frozenset([frozenset([6]), frozenset([5])])))
seen = set()
for word in ["stop", "pots", "tops", "opts", "post", "spot", "abc", "cab"]:
    seen.add(frozenset(word))
print(len(seen))
print(sorted([sorted(f) for f in seen]))
print({(1, frozenset([2])): "t"}[(1, frozenset([2]))])
