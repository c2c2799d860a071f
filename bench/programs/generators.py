# Generator-heavy: pipelines of generators (a lexer over text, filters, windows), infinite
# generators consumed partially, generator expressions feeding builtins.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def tokens(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        elif word:
            yield word
            word = ""
    if word:
        yield word


def primes():
    found = []
    n = 2
    while True:
        if all(n % p != 0 for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def windows(xs, size):
    window = []
    for x in xs:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield sum(window)


def main():
    total = 0
    for _ in range(20):
        total += sum(x * x for x in numbers(20000) if x % 3 == 0)
    print(total)

    text = "the quick brown fox jumps over the lazy dog 42 times " * 4000
    counts = {}
    for t in tokens(text):
        counts[t] = counts.get(t, 0) + 1
    print(sorted(counts.items())[:4])

    g = primes()
    first = [next(g) for _ in range(1500)]
    print(first[-1], sum(first))

    print(max(windows(numbers(200000), 7)))


main()
