# any() of a value that is not iterable raises CPython's TypeError.
xs = [1, 2]
print(any(xs), all(x > 1 for x in xs))
n = len(xs)
print(all(n))
