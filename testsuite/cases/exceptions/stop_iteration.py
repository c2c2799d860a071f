it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("exhausted", repr(e))
print(next(it, "default"))
