# range(...) consumed at once by builtins and beside other sequences in zip().
print(list(range(5)), list(range(2, 11, 3)), list(range(5, 0, -2)))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(set(range(4)), ", ".join(map(str, range(3))))
for i, w in zip(range(10, 13), ["a", "b", "c", "d"]):
    print(i, w)
print(dict(zip(range(3), "xyz")), list(map(lambda v: v * v, range(4))))
a, b, c = range(3)
print(a, b, c)
