# map and filter: lazy in loops and comprehensions (the function runs item by item, between
# the loop bodies), consumed at once by list(), set(), sum(), str.join() and unpacking.


def loud(x):
    print("  loud", x)
    return x * 10


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


xs = [1, 2, 3, 4]
for v in map(loud, xs):
    print("body", v)
for v in filter(lambda t: t % 2 == 0, xs):
    print("even", v)
print(list(map(str, xs)), list(map(float, xs)))
print(list(map(lambda a, b: a * b, xs, [10, 20, 30])))
print(list(map(Point, xs, reversed(xs))))
print(list(filter(None, [0, 1, "", "a", None, 2, [], [0]])))
print(set(map(len, ["a", "bb", "cc", "d"])))
print(sum(map(int, "1 2 3 40".split())))
print("-".join(map(str.upper, ["ab", "cd"])))
print([y for y in map(lambda t: t * t, xs) if y > 4])
print(sorted(filter(lambda w: "a" in w, ["banana", "kiwi", "apple", "fig"])))
a, b, c = map(int, "7 8 9".split())
print(a + b + c)
first, *rest = filter(lambda t: t > 1, xs)
print(first, rest)
total = 0
for p, q in map(lambda t: (t, t * t), xs):
    total += p * q
print(total)
print(list(map(lambda t: t, [])))
print(max(map(abs, [-7, 3, 5])), min(filter(lambda t: t > 2, xs)))
