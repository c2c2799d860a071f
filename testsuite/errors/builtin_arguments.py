# Wrong argument counts and keywords of builtins are rejected as CPython would reject them.
xs = [1, 2]
print(any())
print(all(xs, xs))
print(any(xs, key=len))
