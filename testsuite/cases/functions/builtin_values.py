conv = int
print(conv("12") + 1)
fs = [str, repr]
for f in fs:
    print(f("a"))
ops = {"len": len, "sum": sum}
print(ops["len"]([1, 2, 3]), ops["sum"]([1, 2, 3]))
p = print
p("a", 1, 2.5, sep="-")
p()
p("x", end="!\n")
def apply(f, *xs):
    return f(xs)
print(apply(max, 3, 1, 2), apply(sorted, 3, 1, 2))
m = max
print(m(3, 9), m([4, 8]))
print(len.__name__, f.__name__)
s = sorted
print(s([3, 1, 2], reverse=True), s(["bb", "a"], key=len))
print(list(map(abs, [-1, 2])))
try:
    conv("x")
except ValueError as e:
    print(e)
