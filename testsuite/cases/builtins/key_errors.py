# A key function whose results do not compare raises CPython's TypeError.
print(min([3, 1], key=lambda v: v))
print(sorted(["a", "bb"], key=len))
print(sorted([1, "a", 2], key=lambda v: v if v != 2 else "z"))
