def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def every_other(it):
    keep = True
    for x in it:
        if keep:
            yield x
        keep = not keep


print(list(take_while(lambda n: n < 100, fib())))
print(list(every_other(take_while(lambda n: n < 1000, fib()))))
big = next(x for x in fib() if x > 10 ** 20)
print(big, len(str(big)))
