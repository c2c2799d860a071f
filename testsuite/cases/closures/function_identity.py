# Function values compare by identity and hash by identity.
def f():
    return 1


def g():
    return 2


a = f
b = f
print(a is b, a == b, a is g, a == g, a != g)
seen = {f: "f", g: "g"}
print(seen[a], seen[g])
print(callable(a), callable(lambda: 0))
fs = [f, g]
print(fs.index(g), g in fs)
