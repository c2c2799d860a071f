# Tuple slices with literal bounds: mixed field types, negative and omitted bounds, steps,
# out-of-range bounds that clamp, and empty results.

t = (1, "two", 3.0, True, None)
print(t[1:])
print(t[:2], t[-2:], t[1:-1])
print(t[::-1])
print(t[::2], t[1::2], t[-1:0:-2])
print(t[10:], t[:-10], t[3:1], t[-100:100])
head = (t[:1] + ("x",))[1]
print(head)
pair = (10, 20)
a, b = pair[::-1]
print(a, b)
nums = (5, 4, 3, 2, 1)
print(sum(list(nums[1:4])), len(nums[::3]), nums[2:][0])
rest = nums[1:]
for n in rest[::-1]:
    print(n, end=" ")
print()
print(nums[:] == nums, () [::-1])


def swap_ends(p):
    return p[-1:] + p[1:-1] + p[:1]


print(swap_ends((1, "a", 2.5)))
print(t[::0])
