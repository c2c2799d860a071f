# Repeating by a count beyond 64 bits overflows before allocating.
print("ab" * 3)
print("a" * 10 ** 19)
