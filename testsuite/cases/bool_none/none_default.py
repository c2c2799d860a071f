# Functions that return nothing, return None explicitly, or fall off the end.
def nothing():
    pass


def explicit():
    return None


def early(n):
    if n > 0:
        print("positive")
        return
    print("not positive")


print(nothing(), explicit())
early(3)
early(-3)
print(early(1))
results = [nothing() is None, explicit() is None]
print(results)
