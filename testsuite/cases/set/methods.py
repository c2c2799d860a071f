# Set methods, including the in-place operators.
s = {1, 2, 3}
s.update([3, 4, 5])
print(sorted(s))
s |= {6}
s &= {1, 2, 3, 4, 6, 7}
print(sorted(s))
s -= {1}
s ^= {2, 9}
print(sorted(s))
t = s.copy()
t.clear()
print(sorted(s), t)
print(sorted(s.union({100})), sorted(s.intersection([3, 4, 5])), sorted(s.difference({3})))
print(sorted(s.symmetric_difference({3, 50})))
print(s.issubset({3, 4, 6, 9, 10}), s.issuperset({3}), s.isdisjoint({77}))
x = {5}
print(x.pop(), x)
seen = set()
dups = []
for n in [1, 5, 2, 5, 1, 9]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(dups, len(seen))
