# Powers whose results do not fit in a machine word.
print(2 ** 100)
print(3 ** 200)
print(10 ** 50 - 1)
print((-2) ** 63)
print((-2) ** 64)
print(-2 ** 64)
print(7 ** 77)
print(2 ** 64 - 1)
print(2 ** 63)
print(1 ** 1000)
print(0 ** 0)
print(pow(5, 100))
n = 1
i = 0
while i < 10:
    n = n * 1000003
    i += 1
print(n)
print(n // 1000003 ** 5)
print(len(str(2 ** 10000)))
