def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def greet(s, k):
    return s * k

print(fib(10), greet("ab", 2))
items = [20, "x", 15, 2.5, True, None]
for it in items:
    if isinstance(it, int) and not isinstance(it, bool):
        print(fib(it))
    else:
        print(repr(it))
words = ["a", 3, "c"]
for w in words:
    print(greet(w, 3))
