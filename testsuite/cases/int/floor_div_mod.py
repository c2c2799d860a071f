# Floor division and modulo follow the sign of the divisor.
print(-7 // 2)
print(-7 % 3)
print(7 // -2)
print(7 % -3)
print(-7 // -2)
print(-7 % -3)
print(7 // 2, 7 % 2)
print(0 // 5, 0 % 5)
print(-1 // 10, -1 % 10)

nums = [-13, -7, -1, 0, 1, 7, 13]
dens = [-5, -3, 3, 5]
for a in nums:
    row = ""
    for d in dens:
        q = a // d
        r = a % d
        row = row + " " + str(q) + "," + str(r)
        if q * d + r != a:
            print("identity broken", a, d)
    print(a, row)

big = 10 ** 30 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -7, big % -7)
print((-big) // (10 ** 15), (-big) % (10 ** 15))
