# A variable that holds a fixed tuple on one path and a tuple of any length on another.
def pick(flag, xs):
    if flag:
        t = (1, 2)
    else:
        t = tuple(xs)
    return t

print(pick(True, [7, 8, 9]), pick(False, [7, 8, 9]), pick(False, []))
results = [(0, 0), tuple(range(4)), ()]
for r in results:
    print(r, len(r), sum(r))
mixed = (1, "one")
if len(results) > 2:
    mixed = tuple(["a", "b", "c"])
print(mixed)
points = {(0, 0): "origin"}
points[tuple([1, 2])] = "p"
print(points[(1, 2)], points.get(tuple([0, 0])))
