# zip(*rows): transposing, and unpacking pairs.
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
t = [list(col) for col in zip(*m)]
print(t)
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
for a, b in zip(*[[1, 2], [3, 4]]):
    print(a, b)
print(list(zip(*["abc", "de"])))
print(list(zip(*[])))
print(list(zip(*[[1, 2]])))
print(sorted(zip(*m), reverse=True))
