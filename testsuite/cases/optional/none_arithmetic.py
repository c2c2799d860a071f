def half(n):
    if n % 2 == 0:
        return n // 2
    return None


print(half(10) + 1)
x = half(3)
print(x)
print(x + 1)
