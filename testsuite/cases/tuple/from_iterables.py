# tuple() of generator expressions, map, filter, str, set, dict, range and iterators.
line = "10 20 30 40"
nums = tuple(map(int, line.split()))
print(nums, len(nums))
squares = tuple(x * x for x in range(7) if x % 2)
print(squares)
evens = tuple(filter(lambda n: n % 20 == 0, nums))
print(evens)
print(tuple("hello"))
print(tuple(sorted({3, 1, 2})))
d = {"a": 1, "b": 2}
print(tuple(d), tuple(d.values()), tuple(d.items()))
print(tuple(range(3)), tuple(range(10, 0, -3)))
it = iter([5, 6, 7])
next(it)
print(tuple(it))
def gen(n):
    for i in range(n):
        yield str(i) * 2
print(tuple(gen(4)))
print(tuple(b"ab"))
print(tuple(enumerate("xy")))
print(tuple(zip("ab", [1, 2])))
