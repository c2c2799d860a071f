# while loops with counters, while True with break.
n = 0
while n < 5:
    print("n =", n)
    n += 1
total = 0
k = 1
while True:
    total += k
    if total > 100:
        break
    k += 1
print(k, total)
digits = 0
v = 2 ** 100
while v > 0:
    v //= 10
    digits += 1
print(digits)
a = 1071
b = 462
while b:
    a, b = b, a % b
print(a)
