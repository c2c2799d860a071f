# Integer floor division by zero inside a function called in a loop.
def ratio(a, b):
    return a // b


for d in [3, 2, 1, 0]:
    print(ratio(10, d))
