# tuple(lst) returned by a function and unpacked by its caller.
def bounds(xs):
    lo = min(xs)
    hi = max(xs)
    return tuple([lo, hi])

def parse(line):
    return tuple(int(p) for p in line.split(","))

lo, hi = bounds([5, 3, 9, 1])
print(lo, hi)
a, b, c = parse("1,2,3")
print(a + b + c)
r, g, b2 = parse("255,128,0")
print(f"#{r:02x}{g:02x}{b2:02x}")
for x, y in [tuple([1, 2]), tuple([3, 4])]:
    print(x * y)
def head_tail(t):
    first, *rest = t
    return first, tuple(rest)
print(head_tail(tuple("abc")))
