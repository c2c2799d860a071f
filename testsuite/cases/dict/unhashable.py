# A list cannot be a dict key.
d = {}
key = [1, 2]
print("before")
d[key] = 1
