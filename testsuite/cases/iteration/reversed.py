# reversed() in for headers (lists, strs, tuples, ranges of every step, with enumerate and zip,
# in comprehensions), as the argument of consumers, and a list that shrinks while walked
# backward, as CPython's reverse iterator sees it.

xs = [1, 2, 3, 4]
for x in reversed(xs):
    print(x, end=" ")
print()
for ch in reversed("abc"):
    print(ch, end="")
print()
for t in reversed((1.5, 2.5)):
    print(t)
for i in reversed(range(5)):
    print(i, end=" ")
print()
for i in reversed(range(2, 11, 3)):
    print(i, end=" ")
print()
for i in reversed(range(10, 0, -3)):
    print(i, end=" ")
print()
for i in reversed(range(5, 5)):
    print("never")
for i in reversed(range(-3, 4, 2)):
    print(i, end=" ")
print()
n = 7
for i in reversed(range(n)):
    if i % 2:
        continue
    print(i, end=" ")
print()
for i, x in enumerate(reversed(xs)):
    print(i, x)
for a, b in zip(xs, reversed(xs)):
    print(a * b, end=" ")
print()
print([c.upper() for c in reversed("xyz")])
print(list(reversed(xs)), sorted(reversed(xs)), list(reversed("hé")))
print("".join(reversed("stressed")), sum(reversed(xs)), max(reversed(xs)), set(reversed((3, 1))))
ys = [10]
ys.extend(reversed(xs))
print(ys, xs)
shrink = [1, 2, 3, 4, 5]
for x in reversed(shrink):
    print(x, shrink)
    if x == 4:
        shrink.pop()
        shrink.pop()
grow = [1, 2]
for x in reversed(grow):
    grow.append(x * 10)
print(grow)
for x in reversed({1, 2}):
    print(x)
