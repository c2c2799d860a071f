# remove, index and count.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.count(5), xs.count(1), xs.count(7))
print(xs.index(5), xs.index(1), xs.index(3))
xs.remove(1)
print(xs)
xs.remove(5)
print(xs)
ws = ["to", "be", "or", "not", "to", "be"]
print(ws.count("to"), ws.index("not"))
ws.remove("be")
print(ws)
fs = [0.5, 1.5, 0.5]
print(fs.count(0.5), fs.index(1.5))
