# A dict that grows between two next() calls on its iterator raises RuntimeError.
d = {1: 1}
di = iter(d)
print(next(di))
d[2] = 2
next(di)
