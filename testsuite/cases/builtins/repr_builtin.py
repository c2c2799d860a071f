# repr() of every first-slice value, nested in lists and tuples.
print(repr(1), repr(-2 ** 70), repr(1.0), repr(1e100), repr(True), repr(None))
print(repr("a'b"), repr([1, 2]), repr(["x", "y"]), repr([[1.5], [2.5]]))
print(repr((1,)), repr((1, "a", 2.0)), repr([(1, "a")]))
print(str((1,)), str([]))
