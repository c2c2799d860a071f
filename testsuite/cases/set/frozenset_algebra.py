# Operators and methods with sets and frozensets: the result has the left operand's type.
a = frozenset([1, 2, 3, 4])
b = {3, 4, 5}
c = frozenset([4, 9])
for r in [a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a, a | c, a & c]:
    print(type(r).__name__, r)
print(a.union(b), a.intersection(b), a.difference([1]), a.symmetric_difference(c))
print(b.union(a), b.intersection(c), b.difference(a), b.symmetric_difference(c))
print(type(a.union(b)).__name__, type(b.union(a)).__name__)
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset([1, 2]), a.isdisjoint(frozenset([7])), c.isdisjoint(b))
print(a == frozenset([4, 3, 2, 1]), a == {1, 2, 3, 4}, {1, 2, 3, 4} == a, a != c)
print(frozenset([1]) < a, a <= a, a < a, a > frozenset([2]), a >= {1, 2}, {1} < a)
acc = frozenset()
for i in [5, 3, 5, 8]:
    acc = acc | {i}
print(acc)
same = a
a |= {100}
print(a, same, a is same)
s = {1, 2}
alias = s
s |= frozenset([3])
s -= frozenset([1])
print(s, alias, s is alias, type(s).__name__)
s &= frozenset([2, 3, 4])
s ^= frozenset([3, 7])
print(s, type(s).__name__)
