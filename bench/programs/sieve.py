# Sieve of Eratosthenes over a list of bools, repeated; prints counts and a checksum.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    return flags


def summarise(flags):
    count = 0
    total = 0
    for i in range(len(flags)):
        if flags[i]:
            count += 1
            total += i
    return count, total


checksum = 0
for rep in range(3):
    flags = sieve(2000000 + rep)
    count, total = summarise(flags)
    print(count, total)
    checksum = (checksum * 31 + total) % 1000000007
print(checksum)
