# Fibonacci numbers, iteratively, far past 64 bits.
def fib(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


for k in [0, 1, 2, 10, 50, 90, 92, 93, 100, 200, 300]:
    print(k, fib(k))

f100 = fib(100)
print(f100 % 1000000007)
print(f100 // fib(99))
print(fib(500) - fib(499) == fib(498))
print(str(fib(1000))[:20], len(str(fib(1000))))
