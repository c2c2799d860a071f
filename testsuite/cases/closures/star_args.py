# *args and **kwargs in definitions, f(*t) in calls.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def describe(name, *rest, **opts):
    return (name, rest, opts)


print(total(), total(1), total(1, 2, 3))
print(describe("x"))
print(describe("y", 1, 2, sep="-", end="."))
args = (4, 5, 6)
f = total
print(f(*args))
print(f(1, *args))


def forward(fn, *a):
    return fn(*a)


print(forward(describe, "z", 9))
