# Arguments are evaluated left to right, before the call.
def trace(label, v):
    print("arg", label)
    return v


def combine(a, b, c):
    print("combine")
    return a * 100 + b * 10 + c


print(combine(trace("a", 1), trace("b", 2), trace("c", 3)))
print(combine(c=trace("c", 3), a=trace("a", 1), b=trace("b", 2)))
xs = [trace("x", 5), trace("y", 6)]
print(xs)
print(trace("left", 2) + trace("right", 3) * trace("mul", 4))
