def naturals():
    n = 0
    while True:
        yield n
        n += 1


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


squares = (n * n for n in naturals())
print([next(squares) for _ in range(8)])
for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(sum(1 for _ in collatz(97)))
