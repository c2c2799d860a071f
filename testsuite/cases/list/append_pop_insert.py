# append, pop, insert and extend.
xs = []
for i in range(5):
    xs.append(i * i)
print(xs)
print(xs.pop(), xs)
print(xs.pop(0), xs)
print(xs.pop(-2), xs)
xs.insert(0, 100)
xs.insert(1, 200)
xs.insert(-1, 300)
xs.insert(99, 400)
xs.insert(-99, 500)
print(xs)
xs.extend([7, 8])
xs.extend(xs[:2])
print(xs, len(xs))
ys = ["x"]
ys.extend(["y", "z"])
ys.append("w")
print(ys)
