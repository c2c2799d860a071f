# sum and len.
print(sum([1, 2, 3]), sum([0.1] * 10), sum([0.5, 0.25]), sum([1, 2], 100))
print(len("abc"), len(""), len("日本"), len([1, 2]), len([]), len((1, 2, 3)), len([[1], [2, 3]]))
xs = []
for i in range(100):
    xs.append(i)
print(sum(xs), len(xs))
print(sum([2 ** 64] * 4))
