# min() with a key of an empty sequence and no default raises ValueError.
xs = [1, 2, 3]
print(max(xs, key=lambda v: -v))
print(min([v for v in xs if v > 5], key=lambda v: v))
