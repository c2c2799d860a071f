# Truth: __bool__ first, then __len__, else true. `in` uses __contains__; != negates __eq__.
class Both:
    def __init__(self, flag, n):
        self.flag = flag
        self.n = n

    def __bool__(self):
        return self.flag

    def __len__(self):
        return self.n


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Nothing:
    pass


print(bool(Both(False, 3)), bool(Both(True, 0)), len(Both(True, 7)))
print(bool(Sized(0)), bool(Sized(2)), not Sized(0), bool(Nothing()), not Nothing())
for obj in [Sized(0), Sized(4)]:
    if obj:
        print("truthy", obj.n)
    else:
        print("falsy", obj.n)
while Both(False, 1):
    print("never")
print("x" if Sized(1) else "y", Sized(0) or "fallback", Sized(3) and "both")


class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __eq__(self, other):
        return self.lo == other.lo and self.hi == other.hi


r = Range(1, 5)
print(3 in r, 5 in r, 0 not in r, [n for n in range(8) if n in r])
print(Range(1, 5) == r, Range(1, 5) != r, Range(0, 5) != r)
