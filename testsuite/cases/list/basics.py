# List literals, indexing, len, in and printing.
xs = [10, 20, 30, 40, 50]
print(xs, len(xs), xs[0], xs[4], xs[-1], xs[-5])
xs[1] = 21
xs[-2] = 41
print(xs)
words = ["alpha", "beta", "gamma"]
print(words, words[1], "beta" in words, "delta" in words)
fs = [1.5, 2.25, -0.5]
print(fs, fs[-1])
empty = []
print(empty, len(empty))
empty.append(3)
print(empty)
bs = [True, False]
print(bs)
print([[1, 2], [3, 4]][1][0])
