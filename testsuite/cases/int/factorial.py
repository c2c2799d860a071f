# Factorials: big products, digit sums and trailing zeros.
def factorial(n):
    result = 1
    k = 2
    while k <= n:
        result *= k
        k += 1
    return result


def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def trailing_zeros(n):
    count = 0
    while n > 0 and n % 10 == 0:
        count += 1
        n //= 10
    return count


for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    f = factorial(n)
    print(n, f, digit_sum(f), trailing_zeros(f))
print(factorial(100))
print(factorial(30) // factorial(28))
