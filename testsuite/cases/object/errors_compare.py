def pick(i):
    if i:
        return 1
    return "one"


print(pick(1) < 2)
print(pick(0) < 2)
