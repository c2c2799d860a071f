# Empty starred lists and empty ** dicts add no arguments.
def f(a=1, b=2):
    return a * 10 + b


def g():
    return "nothing"


none = []
nothing = {}
print(f(*none))
print(f(*none, **nothing))
print(g(*none))
print(g(**nothing))
print(f(5, *none, b=7))
