# Dict literals, lookup, assignment, membership, len, repr and insertion order.
d = {"one": 1, "two": 2, "three": 3}
print(d)
print(d["two"], len(d))
d["four"] = 4
d["one"] = 100
print(d)
print("one" in d, "five" in d, "five" not in d)
empty = {}
print(empty, len(empty), bool(empty), bool(d))
nums = {1: "a", -5: "b", 2**70: "big"}
print(nums[2**70], nums[-5], nums)
floats = {0.5: True, 1e100: False, -0.0: True}
print(floats, floats[0.5])
print(str(d), repr(nums))
print(f"{d}")
dup = {"k": 1, "j": 2, "k": 3}
print(dup)
