# Generator expressions as the argument of any() and all(): filters, nested loops, unpacking
# targets, their own scope, and use in conditions and comprehensions.
xs = [1, 2, 3, 4, 5]
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any(x for x in xs if x > 10), all(x for x in xs if x > 10))
print(all(x * y for x in range(1, 3) for y in range(1, 3)))
print(any(i == x for i, x in enumerate(xs)), any(i + 1 == x for i, x in enumerate(xs)))
print(all(a < b for a, b in zip(xs, xs[1:])))
print(any((x == 4 for x in xs)))
x = 10
print(any(x == 1 for x in xs), x)
words = ["apple", "kiwi", "plum"]
print([any(c == "p" for c in w) for w in words])
print([w for w in words if all(c != "i" for c in w)])
if any(len(w) > 4 for w in words):
    print("long word")
n = 0
while not all(v > n for v in [3, 4, 5]):
    n -= 1
while not any(v < n for v in [3, 4, 5]):
    n += 1
print(n)
d = {"a": 1, "b": 0}
print(any(v == 0 for k, v in d.items()), all(k.islower() for k in d))


def scope(x):
    r = any(x > 1 for x in [0, 1, 2])
    return r, x


print(scope(-5))
nested = [[1, 2], [], [0]]
print(any(any(row) for row in nested), all(all(row) for row in nested), [all(r) for r in nested])
total = 0
for i in range(2, 30):
    if all(i % k for k in range(2, i)):
        total += i
print(total)
r = any(s.startswith("k") for s in words)
print(r, type(r).__name__)
