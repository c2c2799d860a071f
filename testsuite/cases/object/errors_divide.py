def pick(i):
    if i:
        return 1.5
    return 0


print(pick(1) / 3)
print(10 / pick(0))
