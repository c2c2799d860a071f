def f(n):
    if n > 0:
        return n
    return None


print(f(3) < 5)
print(f(-1) == None, f(-1) != 3)
print(f(0) < 5)
