# A pipeline of generators reading lines: filter, transform, number, take.
def lines():
    text = "alpha 1\n# comment\nbeta 22\n\ngamma 333\ndelta 4444\n"
    for line in text.split("\n"):
        yield line


def non_blank(it):
    for line in it:
        if line and not line.startswith("#"):
            yield line


def parsed(it):
    for line in it:
        name, value = line.split()
        yield name, int(value)


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


for name, value in take(3, parsed(non_blank(lines()))):
    print(f"{name:>6} {value:5d}")

totals = {}
for name, value in parsed(non_blank(lines())):
    totals[name[0]] = totals.get(name[0], 0) + value
print(totals)


def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


c = countdown(3)
print("made")
print(next(c))
for x in c:
    print("loop", x)
print(list(c), next(c, "exhausted"))
