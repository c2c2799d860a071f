# abs, min and max on ints, floats, big ints and strings.
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(-(2 ** 80)))
print(min(3, 1, 2), max(3, 1, 2), min(-1.5, 2.0), max(-1.5, 2.0))
print(min([9, 4, 7]), max([9, 4, 7]), min("b", "a", "c"), max("b", "a", "c"))
print(min(2 ** 70, 2 ** 69), max(-(2 ** 70), 1))
print(max([[1, 2], [1, 3]]), min(["zz", "a", "mm"]))
