# Iterating over lists of every element type.
nums = [4, 8, 15, 16, 23, 42]
total = 0
for n in nums:
    total += n
print(total)
for w in ["x", "yy", "zzz"]:
    print(w, len(w))
acc = 0.0
for f in [0.5, 0.25, 0.125]:
    acc += f
print(acc)
for pair in [(1, "one"), (2, "two")]:
    print(pair[0], pair[1])
for k, v in [(3, "three"), (4, "four")]:
    print(k, v)
i = 0
while i < len(nums):
    if nums[i] % 2 == 0:
        print("even at", i)
    i += 1
