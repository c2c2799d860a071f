def risky(items):
    for x in items:
        if x < 0:
            raise ValueError(f"negative: {x}")
        yield x * 2


try:
    for v in risky([1, 2, -3, 4]):
        print(v)
except ValueError as e:
    print("caught", e)

g = risky([5, -1])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("second", e)
print(next(g, "finished after raising"))


def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


for x in cleanup():
    print("got", x)
print(sum(risky([1, 2, -1])))
