xs = [3, 1, 4, 1, 5]
m = map(str, xs)
print(next(m), list(m))
f = filter(lambda v: v > 2, xs)
print(list(f))
scale = 10
scaled = map(lambda v: v * scale, xs)
print(sum(scaled))
z = zip(xs, "abcde")
print(next(z), list(z))
e = enumerate(["a", "b"], 1)
print(list(e))
print(list(map(lambda a, b: a * b, xs, xs)))
print(list(filter(None, [0, 1, "", "x", None])))
def pipeline(data):
    return map(int, filter(str.isdigit, data))
print(list(pipeline(["1", "x", "22"])))
