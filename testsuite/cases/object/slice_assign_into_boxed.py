xs = [1, "a", 3]
ys = [7, 8]
xs[1:2] = ys
print(xs)
xs[::2] = [1.5, 2.5]
print(xs)
xs[0:0] = (9, 10)
print(xs)
xs[:1] = {"k": 1}
print(xs)
xs.insert(0, 5)
xs.insert(0, 5.5)
print(xs, ys)
