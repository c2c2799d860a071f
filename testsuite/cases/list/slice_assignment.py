# Slice assignment and deletion on lists: growing, shrinking and inserting runs, negative and
# omitted bounds, extended slices, values from strs, tuples and the list itself, deletions
# with steps, and CPython's ValueError for an extended slice of another size.

xs = [i for i in range(10)]
xs[2:5] = [20, 30]
print(xs)
xs[1:1] = [7, 7, 7]
print(xs)
xs[-2:] = []
print(xs)
xs[:3] = (100, 200)
print(xs)
xs[8:2] = [5]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[::-3] = [-1, -2, -3, -4][:len(xs[::-3])]
print(xs)
xs[:] = xs
print(xs)
ys = xs
xs[:] = [1, 2, 3]
print(ys, ys is xs)
xs[100:] = [4, 5]
print(xs)
cs = ["a", "b", "c"]
cs[1:2] = "XYZ"
print(cs)
del cs[::2]
print(cs)
nums = [i for i in range(12)]
del nums[2:4]
print(nums)
del nums[::3]
print(nums)
del nums[-2:]
print(nums)
del nums[::-2]
print(nums)
del nums[5:1]
print(nums)
del nums[:]
print(nums, len(nums))
empty = []
empty[0:0] = [1.5]
print(empty)
grid = [[0] * 3 for _ in range(3)]
grid[1][1:] = [8, 9]
print(grid)
odd = [1, 2, 3, 4, 5]
odd[::2] = [9, 9]
