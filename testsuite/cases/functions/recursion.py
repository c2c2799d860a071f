# Recursive functions: factorial, fib, Ackermann, Hanoi, binary search.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst)
    moves.append(src + "->" + dst)
    return count + 1 + hanoi(n - 1, via, dst, src)


def bsearch(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch(xs, target, mid + 1, hi)
    return bsearch(xs, target, lo, mid - 1)


print(fact(25), fib(20), ack(2, 3))
print(hanoi(4, "A", "C", "B"), moves[:5])
sq = []
for i in range(50):
    sq.append(i * i)
print(bsearch(sq, 1681, 0, 49), bsearch(sq, 50, 0, 49))
