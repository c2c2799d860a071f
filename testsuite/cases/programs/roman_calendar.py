# Roman numerals both ways, and a month calendar from Zeller's congruence.
VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]


def to_roman(n):
    out = ""
    for i in range(len(VALUES)):
        while n >= VALUES[i]:
            out += SYMBOLS[i]
            n -= VALUES[i]
    return out


def from_roman(s):
    single = "IVXLCDM"
    worth = [1, 5, 10, 50, 100, 500, 1000]
    total = 0
    for i in range(len(s)):
        v = worth[single.index(s[i])]
        if i + 1 < len(s) and worth[single.index(s[i + 1])] > v:
            total -= v
        else:
            total += v
    return total


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def calendar(y, m):
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    days = lengths[m - 1]
    if m == 2 and is_leap(y):
        days = 29
    print(f"{y}-{m:02d}".center(20))
    print("Mo Tu We Th Fr Sa Su")
    line = "   " * weekday(y, m, 1)
    for d in range(1, days + 1):
        line += f"{d:2d} "
        if len(line) == 21:
            print(line.rstrip())
            line = ""
    if line:
        print(line.rstrip())


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
calendar(2024, 2)
calendar(2000, 1)
print(is_leap(1900), is_leap(2000), weekday(1969, 7, 20))
