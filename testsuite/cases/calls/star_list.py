# f(*xs) where xs is a list: bound when the call runs.
def f(a, b, c=3, *, k=5):
    return (a, b, c, k)


xs = [1, 2]
print(f(*xs))
print(f(*[7, 8, 9]))
print(f(0, *[1]))
print(f(*[0], b=2))
print(f(*xs, k=9))
ys = []
print(f(1, 2, *ys))
for n in range(1, 4):
    print(f(*list(range(n)), **{"b": 9} if n == 1 else {}))
