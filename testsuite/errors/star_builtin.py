# A builtin other than print, max, min, zip, range, sum, dict and str.format called with a
# starred argument.
xs = [[1, 2]]
print(len(*xs))
