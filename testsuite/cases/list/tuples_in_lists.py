# Lists of same-shaped tuples: unpacking in loops, sorting, searching.
scores = [("ann", 91), ("bob", 78), ("cid", 85), ("dee", 91)]
for name, score in scores:
    print(name, score)
best = scores[0]
for s in scores:
    if s[1] > best[1]:
        best = s
print("best", best)
scores.sort()
print(scores)
points = [(0, 0), (3, 4), (-1, 1)]
far = 0
for x, y in points:
    d = x * x + y * y
    if d > far:
        far = d
print(far)
print((3, 4) in points, points.index((-1, 1)))
