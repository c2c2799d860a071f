xs = [1, 2, 3, 2]
print(xs.count(2.0), xs.index(2.0), xs.count(True), xs.index(True), xs.count("2"))
xs.remove(3.0)
print(xs)
fs = [0.5, 1.0]
print(fs.index(1), fs.count(True))
fs.remove(True)
print(fs)
try:
    xs.index(2.5)
except ValueError as e:
    print(e)
xs.remove(2.5)
