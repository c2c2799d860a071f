# Unpacking a tuple of any length into too many targets.
def parts(s):
    return tuple(s.split())
x, y, z = parts("a b c")
print(x, y, z)
x, y, z = parts("a")
print("not reached")
