# Comparisons between tuples of any length and fixed tuples.
a = tuple([1, 2, 3])
b = (1, 2, 3)
c = tuple([1, 2])
print(a == b, b == a, a != b, a == c, c < a, a < c, c <= b, a >= b, a > c)
print(tuple("ab") < tuple("b"), tuple("ab") == ("a", "b"), () < tuple([0]))
print(tuple([1, 2]) == [1, 2], (1.0, 2) == tuple([1, 2]))
xs = [tuple([3, 1]), (2, 9), tuple([2]), (), tuple([3, 0, 5])]
print(sorted(xs))
print(min(xs), max(xs))
print(tuple([1, "a"]) == (1, "a"))
