def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


seen = set()
for n in [3, 1, 3]:
    seen.add(n)
pairs = {k: (v, float(v)) for k, v in tally(["x", "y", "x"]).items()}
keys = sorted(pairs)
