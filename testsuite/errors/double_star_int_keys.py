# `**` of a dict whose keys are not strs.
def show(a, b):
    return a + b


d = {1: 2}
print(show(**d))
