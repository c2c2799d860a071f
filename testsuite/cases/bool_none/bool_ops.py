# bool values, not, and bool() of every first-slice type.
t = True
f = False
print(t, f, not t, not f, t and f, t or f)
print(bool(0), bool(1), bool(-3), bool(0.0), bool(0.1), bool(""), bool("0"))
print(bool([]), bool([0]), bool(None))
print(True == 1, False == 0, True + True, True * 10)
print(True > False, str(True), repr(False))
print(int(True) + int(False), float(True))
flags = [True, False, True, True]
print(sum(flags), flags.count(True), len(flags))
n = 0
for b in flags:
    if b:
        n += 1
print(n)
print(not 0, not 5, not "", not "x")
