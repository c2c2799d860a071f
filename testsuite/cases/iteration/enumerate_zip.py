# enumerate and zip in for loops, over lists, strings, tuples and dicts.
names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for pair in enumerate("xy"):
    print(pair)
for a, f in zip(names, [1.5, 2.5]):
    print(a, f)
for a, b, c in zip("abc", [0, 1, 2, 3], names):
    print(a, b, c)
for t in zip([1, 2], ["p", "q"]):
    print(t)
d = {"k1": 1, "k2": 2}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for x in (1, 2, 3):
    print(x)
total = 0
for i, c in enumerate("abc"):
    total += i
print(total, i, c)
