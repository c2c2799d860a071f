# A tour of the first slice: arithmetic edge cases, str and list methods, f-strings, loops.
def f(a, b=2, c="x"):
    return a * b, c * a

x, y = f(3)
print(x, y, f(2, c="ab"), f(b=1, a=4))
n = 2 ** 62
print(n - 1 + 1, n * 2, -n - 1, (-n) // 7, n % -7, divmod(-n, 3))
print(7 // -2, -7 // 2, 7 % -3, -7 % 3, divmod(7, -2), divmod(-7.5, 2))
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) >> 3, 1 << 70, (1 << 70) >> 65)
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(2.675, 2))
print(1e16, 1e-5, 0.1 + 0.2, 1/3, 2.0 ** 0.5, -0.0, float("inf"), float("-inf"), float("nan"))
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), float(" 1e3 "), float("-.5"), int(3.99), int(-3.99))
s = "héllo wörld"
print(s[1], s[-1], s[2:8:2], s[::-1], len(s), s.upper(), s.find("wö"), s.count("l"))
print(s.split("o"), "a,b,,c".split(","), " x  y ".split(), "a b c".split(None, 1))
print("-".join(["a", "b"]), "abc".center(9, "*"), "7".zfill(4), "-7".zfill(4), "ab".ljust(5) + "|")
print(f"{3.14159:>8.3f}|{42:05d}|{255:x}|{255:#X}|{'q'!r}|{1234567:,}|{0.25:%}|{1e20:g}|{-3:+d}")
xs = [3, 1, 2]
xs.sort(reverse=True)
print(xs)
ys = xs * 2
ys.insert(0, 9)
ys.insert(100, 7)
ys.insert(-1, 5)
print(ys, ys.pop(), ys.pop(0), ys.index(2), ys.count(3), 2 in ys, 99 not in ys)
print([[1, 2], [3]] + [[4]], [0] * 3, [[0] * 2] * 2, [] == [], [1, 2] < [1, 2, 3])
t = (1, "a", 2.5)
a, b, c = t
print(t, a, b, c, t[0], t[-1], len(t), t == (1, "a", 2.5), (1,), ())
print(min(3, 1, 2), max("b", "a"), min([4, 2, 8]), max([1.5, -2.0]), sum([1, 2, 3]), sum([0.1] * 10), abs(-3), abs(-2.5))
print(chr(233), ord("é"), bool(""), bool([0]), str(None), repr("it's"), repr('a"b'), repr("x\ny"))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b" <= "b", not 0, 0 or 5, 3 and 4, "" or "z")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("never")
for k in range(3):
    pass
else:
    print("done", k)
for k in range(10, 0, -3):
    print(k, end=" ")
print()
print("a", "b", sep="")
print("x", 1, 2.0, True, None, sep=", ", end="!\n")
