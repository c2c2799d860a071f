# Values that are sometimes None: returns, locals, list items, dict.get without a default.
def parse(s):
    if s.isdigit():
        return int(s)
    return None


def first_word(s):
    parts = s.split()
    if parts:
        return parts[0]
    return None


results = [parse(s) for s in ["12", "x", "7", "", "300"]]
print(results)
print([r for r in results if r is not None])
total = 0
for r in results:
    if r is not None:
        total += r
print(total)
print(first_word("hello world"), first_word("   "))
w = first_word("alpha beta")
if w is not None:
    print(w.upper(), len(w))
print(repr(first_word("")), str(first_word("")), f"[{first_word('')}]")

counts = {"a": 1, "b": 2}
print(counts.get("a"), counts.get("c"), counts.get("c") is None)
n = counts.get("b")
if n:
    print(n * 10)
names = {1: "one", 2: "two"}
for k in range(4):
    print(k, names.get(k))
print(names.setdefault(3), names)

best = None
for x in [5, 3, 9, 1]:
    if best is None or x > best:
        best = x
print(best)

maybe = [None, 2, None, 4]
print(maybe, len(maybe), maybe.count(None), maybe.index(4), None in maybe, 3 in maybe)
maybe[0] = 1
print(maybe, maybe == [1, 2, None, 4], maybe != [1, 2, None, 4])
print((1, None), (None, "x") == (None, "x"))
pairs = {"x": None, "y": 3}
print(pairs, pairs["x"], pairs["y"])
print("%s and %r" % (None, first_word("q r")))
