def total(xs):
    return sum(xs)
r = range(2, 10, 3)
print(total(range(5)), len(r), r[1], 5 in r, list(r))
for i in r:
    for j in r:
        pass
print(i, j, max(range(4)))
