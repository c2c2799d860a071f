# Lists whose items have several types hold boxed items.
xs = [1, "a", 2.5, None, True, [1, 2], (3, "x")]
print(xs, len(xs))
for x in xs:
    print(x, repr(x), str(x), x == 1, x is None, bool(x))
nums = [3, 1.5, 2, True, -4]
print(sorted(nums), max(nums), min(nums), 1.5 in nums, nums.index(2), sum([1, 2]))
nums.append("end")
print(nums, nums[-1], nums.count(3), "end" in nums, 7 in nums)
nums.remove("end")
nums.sort(reverse=True)
print(nums)
print([1, "x"] == [1, "x"], [1, "x"] == [1.0, "x"], [1, 2.5] < [1, 3])
pairs = [(1, "one"), (2, 2.0)]
print(pairs, pairs[1])
