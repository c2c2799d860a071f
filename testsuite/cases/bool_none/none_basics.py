# None as a value, as the result of procedures, and compared with is.
def greet(name):
    print("hello", name)


def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            return i
        i += 1
    return -1


r = greet("world")
print(r)
print(r is None, r is not None, r == None)
print(None)
print(repr(None), str(None))
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
print(greet("again") is None)
