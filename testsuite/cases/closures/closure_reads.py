# A closure sees later changes of the variables it captured.
def outer():
    x = 1

    def show():
        return x * 10

    first = show()
    x = 5
    return first, show()


print(outer())


def accumulate(items):
    total = 0

    def add(v):
        nonlocal total
        total += v

    for it in items:
        add(it)
    return total


print(accumulate([1, 2, 3, 4]))
