# Recursion through a function value and through a closure.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


f = fact
print(f(10))


def make_fib():
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)

    return fib


fib = make_fib()
print([fib(i) for i in range(12)])
