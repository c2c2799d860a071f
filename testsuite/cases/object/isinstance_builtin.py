# isinstance with built-in classes, on typed, optional and boxed values.
values = [1, 2.5, "s", True, None, [1], (1, 2), {"k": 1}, {3}]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, bool), isinstance(v, str),
          isinstance(v, (list, tuple)), isinstance(v, dict), isinstance(v, set), isinstance(v, (int, float)))
n = 3
print(isinstance(n, int), isinstance(n, str), isinstance(True, int), isinstance(1.0, int))


def find(xs, x):
    for i in range(len(xs)):
        if xs[i] == x:
            return i
    return None


r = find([4, 5], 5)
print(isinstance(r, int), isinstance(find([4], 9), int))
total = 0
for v in values:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        total = total + v
print(total)
