# Generator expressions as the argument of a builtin that consumes them, and zip/enumerate
# consumed into lists and dicts.


def squares_total(n):
    return sum(i * i for i in range(n))


words = ["alpha", "beta", "gamma", "delta"]
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(squares_total(10), sum(x for x in nums if x % 2))
print(sum(len(w) for w in words), sum(x / 2 for x in nums))
print(", ".join(w.upper() for w in words if "l" in w))
print(max(len(w) for w in words), min(x for x in nums if x > 3))
print(sorted(x % 4 for x in nums), sorted((w[::-1] for w in words), reverse=True))
print(list(c for c in "hello" if c != "l"), set(x % 3 for x in nums))
print(dict((w, len(w)) for w in words))
print(dict(zip(words, nums)), dict(enumerate(words, 1)))
print(list(zip(words, nums, "xyz")), list(enumerate("ab")))
print(list(zip(nums)))
pairs = list(zip([1, 2], [3, 4]))
print(pairs)
out = []
out.extend(x * 2 for x in nums if x > 4)
print(out)
print(sum(x * y for x, y in zip(nums, nums[1:])))
print(dict((k, v) for k, v in zip("abc", [0, 1, 2]) if v != 1))
