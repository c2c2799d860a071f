# List slices make new lists.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:1:-3])
print(xs[5:2], xs[20:], xs[-20:2])
copy = xs[:]
copy[0] = 100
print(xs[0], copy[0], copy == xs)
part = xs[3:6]
part.append(99)
print(part, xs[3:7])
names = ["a", "b", "c", "d"]
print(names[1:3], names[::-2])
