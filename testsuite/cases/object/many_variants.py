# Past 16 combinations of argument types, a function gets one variant with boxed parameters.
def show(x, y):
    return str(x) + "/" + str(y)

vals = [1, "a", 2.5, True, None, (1, 2)]
print(show(1, 2), show("a", 1), show(1.5, None), show(True, "b"), show((1,), 2), show(None, None))
print(show(1, "a"), show("a", "a"), show(2.5, 2.5), show(True, True), show(1, 1.5), show(None, 1))
print(show(1, True), show("x", None), show(2.5, "y"), show(False, 3), show((2,), "z"), show([1], [2]))
print(show({1: 2}, 3))
