# list.remove of a value that is not there.
xs = [1, 2, 3]
xs.remove(2)
print(xs)
xs.remove(2)
