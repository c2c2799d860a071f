# A number-theory toolkit: sieve, factorisation, totient, divisors, perfect numbers, Miller-Rabin.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes


def factorise(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def totient(n):
    result = n
    last = 0
    for p in factorise(n):
        if p != last:
            result = result // p * (p - 1)
            last = p
    return result


def divisors(n):
    small = []
    large = []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    large.reverse()
    return small + large


def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


primes = sieve(200)
print(len(primes), primes[:10], primes[-3:])
for n in [360, 97, 1001, 2 ** 20 + 1, 600851475143]:
    print(n, factorise(n), totient(n))
print(divisors(360))
perfect = []
for n in range(2, 10000):
    total = 0
    for d in divisors(n):
        if d != n:
            total += d
    if total == n:
        perfect.append(n)
print("perfect:", perfect)
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(2 ** 89 - 1))
print(is_probable_prime(1000000007), is_probable_prime(561))
twins = 0
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins += 1
print("twin pairs below 200:", twins)
