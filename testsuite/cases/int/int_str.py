# int to str and back, repr of ints, int() of floats and bools.
print(str(0), str(-0), str(-42), repr(42))
print(str(2 ** 200))
print(int("123"), int("  -45  "), int("+7"), int("1_000_000"), int("0"), int("-0"))
print(int("123456789012345678901234567890") + 1)
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(int(1e20))
print(int(True), int(False))
print(int(42))
s = str(12345)
print(len(s), s[0], s[-1])
total = 0
for ch in "9876543210":
    total = total * 10 + int(ch)
print(total, total + 1)
print(str(10 ** 18) + "|" + str(-(10 ** 18)))
