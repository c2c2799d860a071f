def find(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                break
        except TypeError:
            pass
    else:
        raise LookupError(f"{target!r} not found")
    return i


print(find([3, 5, 7], 5))
try:
    find([3, 5], 9)
except LookupError as e:
    print(type(e).__name__, e)
