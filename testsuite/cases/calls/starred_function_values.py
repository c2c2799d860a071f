# `*` of a list through function values, lambdas and closures that take `*args`.
def make_joiner(sep):
    def join(*parts):
        return sep.join(parts)
    return join


dash = make_joiner("-")
parts = ["a", "b", "c"]
print(dash(*parts))
print(dash("x", *parts))
ops = {"sum": lambda *v: sum(v), "max": lambda *v: max(v)}
nums = [4, 9, 2]
for name in ["sum", "max"]:
    print(name, ops[name](*nums))
f = ops["sum"]
print(f(*range(5)))
