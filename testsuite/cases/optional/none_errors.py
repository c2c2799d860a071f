# An operation that needs a value raises CPython's error when it finds None.
def lookup(d, k):
    if k in d:
        return d[k]
    return None


d = {"a": [1, 2, 3]}
xs = lookup(d, "a")
print(len(xs), xs[0])
ys = lookup(d, "b")
print(ys)
print(len(ys))
