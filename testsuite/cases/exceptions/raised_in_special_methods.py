class Bad:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        if self.n < 0:
            raise ValueError("negative repr")
        return f"Bad({self.n})"
    def __hash__(self):
        if self.n == 13:
            raise RuntimeError("unlucky hash")
        return self.n
    def __eq__(self, other):
        return isinstance(other, Bad) and self.n == other.n
    def __lt__(self, other):
        if self.n == 7 or other.n == 7:
            raise TypeError("no sevens")
        return self.n < other.n

class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3 and self.stop < 0:
            raise KeyError("three")
        if self.i > self.stop and self.stop >= 0:
            raise StopIteration
        return self.i

def attempt(label, k):
    try:
        if k == 0:
            print([Bad(1), Bad(-1)])
        elif k == 1:
            s = {Bad(1), Bad(13)}
            print(len(s))
        elif k == 2:
            print(sorted([Bad(3), Bad(7), Bad(1)]))
        elif k == 3:
            print([x * 2 for x in Counter(-1)])
        elif k == 4:
            print(sum(list(Counter(5))))
        elif k == 5:
            d = {Bad(1): "one"}
            print(d[Bad(13)])
        elif k == 6:
            print(str(Bad(-5)))
        elif k == 7:
            print(f"{Bad(-2)!r}")
        elif k == 8:
            x = None
            print(x.attr)
        elif k == 9:
            print([1, 2, 3][10])
        elif k == 10:
            print(max([], default=None), min([]))
        elif k == 11:
            print("abc".index("z"))
        elif k == 12:
            print(int("12x"))
        elif k == 13:
            print(2 ** 10000 / 0.5 > 1)
        elif k == 14:
            print({}.popitem())
    except Exception as e:
        print(label, type(e).__name__, e)

for k in range(15):
    attempt("case", k)
