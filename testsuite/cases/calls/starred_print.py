# print(*xs) and its keywords.
xs = [3, 1, 2]
print(*xs)
print(*xs, sep=", ")
print(*xs, sep="", end=".\n")
print("head", *xs, "tail")
print(*[])
print(*["a", 1, 2.5, None, True])
rows = [["x", "y"], ["1", "2"]]
for r in rows:
    print(*r, sep="\t")
print(*"hey", sep="-")
print(*range(3), *range(2))
print(*(1, "b"), sep=None)
