# A starred list of floats and one of strs fill parameters of their item types.
def dot(x, y, z):
    return x * 2 + y * 3 + z


def join(a, b="-", c="!"):
    return a + b + c


print(dot(*[1.5, 2.0, 0.25]))
print(join(*["x"]))
print(join(*["x", "y"]))
print(join(*["x", "y", "z"]))
words = "a b c".split()
print(join(*words))
