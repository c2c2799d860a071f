# sort and reverse in place.
xs = [5, 3, 8, 1, 9, 2, 7]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
ws = ["pear", "Apple", "fig", "banana", "apple"]
ws.sort()
print(ws)
fs = [2.5, -1.0, 3.25, 0.0, -7.5]
fs.sort()
print(fs)
ts = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
ts.sort()
print(ts)
big = [2 ** 65, -(2 ** 70), 3, 2 ** 64]
big.sort()
print(big)
e = []
e.sort()
print(e)
