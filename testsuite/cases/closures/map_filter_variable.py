# map and filter with a function in a variable.
square = lambda x: x * x


def is_even(n):
    return n % 2 == 0


p = is_even
print(list(map(square, range(6))))
print(list(filter(p, range(10))))
for v in map(square, [3, 4]):
    print(v)
print(sum(map(square, [x for x in range(7) if p(x)])))
