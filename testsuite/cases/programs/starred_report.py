# A small report generator: configuration merged from `**` dicts, rows transposed with
# zip(*rows), a logging decorator that forwards `*args, **kwargs`, and classes whose
# constructors forward their arguments to `super().__init__(*args, **kwargs)`.

DEFAULTS = {"sep": " | ", "title": "Report"}


def configure(**overrides):
    return dict(DEFAULTS, **overrides)


calls = []


def traced(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__ + "/" + str(len(args)) + "/" + ",".join(sorted(kwargs)))
        return fn(*args, **kwargs)
    return wrapper


class Column:
    def __init__(self, name, *values, align="<"):
        self.name = name
        self.values = list(values)
        self.align = align
        self.width = max(len(name), *[len(v) for v in values])

    def cell(self, i):
        return "{:{}{}}".format(self.values[i], self.align, self.width)


class NumericColumn(Column):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.numbers = [int(v) for v in self.values]
        self.total = total_of(*self.numbers)

    def cell(self, i):
        return "{:{}{}}".format(self.numbers[i], self.align, self.width)


@traced
def total_of(*nums, start=0):
    return sum(nums) + start


def build_columns(numeric, header, *rows):
    cols = []
    for name, *values in zip(header, *rows):
        if name in numeric:
            cols.append(NumericColumn(name, *values, align=">"))
        else:
            cols.append(Column(name, *values))
    return cols


def render(cols, precision, *, sep, title):
    print(title)
    print(*[c.name.rjust(c.width) for c in cols], sep=sep)
    for i in range(len(cols[0].values)):
        print(*[c.cell(i) for c in cols], sep=sep)
    totals = [c.total for c in cols if isinstance(c, NumericColumn)]
    if totals:
        print("totals:", *totals, "overall:", total_of(*totals, start=1000))
        print("mean of totals: {:.{}f}".format(sum(totals) / len(totals), precision))


data = """name,qty,price
apple,3,12
pear,10,4
fig,7,30"""
lines = data.split("\n")
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    rows.append(line.split(","))
cols = build_columns(("qty", "price"), header, *rows)
render(cols, 2, **configure(title="Fruit", sep=" "))
calls.append("render")
render(cols, 1, **configure())
print(*calls, sep="\n")
widest = max(*[c.width for c in cols])
print("widest column:", widest)
try:
    render(cols, 2, **configure(colour="red"))
except TypeError as e:
    print("TypeError:", e)
