# Anagram groups keyed by the sorted letters of each word, as a tuple.
words = "listen silent enlist google gogole cat act tac dog god odg inlets".split()
groups = {}
for w in words:
    key = tuple(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
for key, members in groups.items():
    print("".join(key), len(key), members)
counts = {}
for w in words:
    k = tuple(sorted(w))
    counts[k] = counts.get(k, 0) + 1
best = max(counts.items(), key=lambda kv: kv[1])
print(best)
print(tuple(sorted("banana")) in groups, tuple(sorted("odg")) in groups)
