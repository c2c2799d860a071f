def name(i):
    if i:
        return "n%d" % i
    return None


print(name(3).upper())
print(name(0).upper())
