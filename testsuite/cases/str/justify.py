# ljust, rjust, center and zfill.
w = "cat"
print("[" + w.ljust(8) + "]", "[" + w.rjust(8) + "]", "[" + w.center(8) + "]")
print("[" + w.ljust(8, "*") + "]", "[" + w.rjust(8, "-") + "]", "[" + w.center(9, ".") + "]")
print("[" + w.center(4) + "]", "[" + w.center(5) + "]", "[" + "ab".center(5) + "]", "[" + "ab".center(6) + "]")
print("[" + w.ljust(2) + "]", "[" + w.rjust(0) + "]")
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("é".center(5, "·"), "日本".rjust(6, "_"))
for n in [1, 22, 333]:
    print(str(n).rjust(5) + "|" + str(n).ljust(5) + "|" + str(n).zfill(5))
