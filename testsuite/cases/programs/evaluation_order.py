# Evaluation order: chained comparisons and and/or evaluate each operand once, left to right.
log = []

def v(x):
    log.append(x)
    return x

def acc(x, into=[]):
    into.append(x)
    return len(into)

print(v(1) < v(2) < v(0) < v(5), log)
log.clear()
print(v(0) and v(1), v(2) or v(3), log)
print(acc(1), acc(2), acc(3))
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
print(xs)
for i in range(3):
    if i == 5:
        break
else:
    print("no break", i)
for i in range(3):
    if i == 1:
        break
else:
    print("never")
print(i, -0.0 == 0.0, round(-2.5), round(0.5), round(-1.5), 10 % 3.5, -10 % 3.5, 2 ** -1.0)
print(f"{v(7) + 1}{'!' * 2}", "\t|\x41|\u00e9|\\", len("\N{BULLET}"), "\N{BULLET}")
def swap(a, b):
    return b, a
p, q = swap("x", "y")
p, q = q, p
print(p, q)
n = 0
while n < 10:
    n += 3
print(n, 17 & 5, 17 | 5, 17 ^ 5, ~17, -17 >> 2, 1 << 3, True + True, True * 3, -True)
print(str(2 ** 100)[:10], len(str(3 ** 500)))
