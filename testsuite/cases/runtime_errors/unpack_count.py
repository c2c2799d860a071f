# Unpacking a list of the wrong length.
xs = [1, 2, 3]
a, b, c = xs
print(a, b, c)
xs.append(4)
a, b, c = xs
