# range with one, two and three arguments, including negative steps and empty ranges.
for i in range(4):
    print("a", i)
for i in range(2, 6):
    print("b", i)
for i in range(10, 0, -3):
    print("c", i)
for i in range(0, 10, 4):
    print("d", i)
for i in range(5, 5):
    print("never")
for i in range(5, 0):
    print("never")
for i in range(-3, 3, 2):
    print("e", i)
n = 0
for i in range(1000):
    n += i
print(n)
big = 0
for i in range(2 ** 64, 2 ** 64 + 3):
    big += i
print(big)
xs = ["p", "q", "r"]
for i in range(len(xs) - 1, -1, -1):
    print(i, xs[i])
