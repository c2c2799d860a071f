# Set literals, add/remove/discard, membership, operators. Sets of several items are printed
# sorted: CPython's set order follows its hash table.
s = {3, 1, 2}
print(len(s), 2 in s, 5 in s)
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a <= a, a >= {1}, a > a)
print(a == {4, 3, 2, 1}, a != b)
e = set()
print(e, len(e), bool(e), set([1, 1, 2]) == {1, 2})
print({1}, sorted({2, 3} | {1}))
words = set("mississippi".split("s"))
print(sorted(words))
print(sorted(set("hello")))
