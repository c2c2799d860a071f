# divmod on ints of every sign and size.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (2 ** 70, 3), (-(2 ** 70), 3),
         (2 ** 70, -(2 ** 35)), (123456789123456789, 987654321)]
for p in pairs:
    a, b = p
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(100, 7))
t = divmod(-100, 7)
print(t[0], t[1])
