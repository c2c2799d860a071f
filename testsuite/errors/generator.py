# Generators are not in the first slice.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


for v in count_up(3):
    print(v)
