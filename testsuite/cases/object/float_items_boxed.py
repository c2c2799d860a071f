xs = [1.5, "a"]
fs = [2.5, 3.5]
xs.extend(fs)
xs[0:1] = fs
print(xs)
fs2 = list(fs)
fs2.append("b")
print(fs2, sum(fs))
s = {1.5, None}
s.update({2.5})
print(sorted(s, key=str))
bs = [True]
bs2 = list(bs)
bs2.append(2)
print(bs2)
