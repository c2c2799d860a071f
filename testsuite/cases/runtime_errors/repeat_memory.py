# A repeat that cannot fit in memory is a MemoryError, not a crash.
print(len([0] * 5))
print(len("ab" * (2 ** 61)))
