def letters():
    for ch in "abcdef":
        yield ch


def squares():
    n = 1
    while True:
        yield n * n
        n += 1


for i, (ch, sq) in enumerate(zip(letters(), squares())):
    print(i, ch, sq)
pairs = dict(zip(letters(), squares()))
print(pairs)
print(sorted(squares() if False else letters(), reverse=True))
print(list(zip(range(3), squares())))
