import sys


def lines(stream):
    for line in stream:
        yield line.rstrip("\n")


def words(lines):
    for line in lines:
        yield from line.split()


counts = {}
for w in words(lines(sys.stdin)):
    w = w.strip(".,").lower()
    counts[w] = counts.get(w, 0) + 1
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(w, n)
