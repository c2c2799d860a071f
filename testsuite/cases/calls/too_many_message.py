# The "takes ... positional arguments" messages, with defaults and keyword-only arguments.
def one(a):
    return a


def some(a, b=1, *, k=0):
    return a


def none():
    return 0


calls = [
    lambda: one(*[1, 2]),
    lambda: some(*[1, 2, 3]),
    lambda: some(*[1, 2, 3], k=1),
    lambda: none(*[1]),
    lambda: one(*[1, 2], **{"z": 1}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
