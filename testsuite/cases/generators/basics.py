def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(xs):
    for x in xs:
        yield x * x
    print("squares done")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def words(text):
    for w in text.split():
        if len(w) > 2:
            yield w.upper()
    return

for i in count_up(3):
    print("i", i)
print(list(squares([1, 2, 3])))
print(sum(count_up(10)), max(squares([3, -7, 2])), sorted(words("the quick brown fox is ok")))
g = fib()
print([next(g) for _ in range(10)])
print(next(g), next(g))
w = words("a bb ccc dddd")
print(next(w), next(w), next(w, "none"))
for i, x in enumerate(squares(count_up(4))):
    print(i, x)
def chain(a, b):
    yield from a
    yield from b
print(list(chain([1, 2], squares([3]))))
e = count_up(1)
print(next(e))
try:
    next(e)
except StopIteration:
    print("stopped")
def boom():
    yield 1
    raise ValueError("inside generator")
try:
    for v in boom():
        print("got", v)
except ValueError as err:
    print("caught", err)
print(any(x > 5 for x in count_up(10)), all(x < 3 for x in count_up(3)))
