# min() of an empty list.
xs = [5]
print(min(xs))
xs.pop()
print(min(xs))
