# A word-frequency count, the classic dict workload.
text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick"""


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


counts = count(text.split())
print(counts)
by_freq = sorted([(-n, w) for w, n in counts.items()])
for neg, w in by_freq[:5]:
    print(w, -neg)
lengths = {}
for w in counts:
    n = len(w)
    if n not in lengths:
        lengths[n] = []
    lengths[n].append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
