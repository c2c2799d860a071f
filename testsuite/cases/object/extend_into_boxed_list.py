xs = [1, "a"]
ys = [2, 3]
xs.extend(ys)
print(xs)
xs += ys
print(xs)
zs = ys + xs
print(zs)
fs = [1.5, 2.5]
xs.extend(fs)
print(xs)
bs = [True, False]
xs += bs
print(xs)
ns = [None, None]
xs.extend(ns)
print(xs)
os = [1, None]
xs.extend(os)
print(xs)
print(ys, fs, bs, ns, os)
