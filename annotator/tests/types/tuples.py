def divmod_pair(a, b):
    return a // b, a % b

q, r = divmod_pair(17, 5)
pairs = [(1, "one"), (2, "two")]
for pair in pairs:
    n, name = pair
    print(n, name, q, r)
