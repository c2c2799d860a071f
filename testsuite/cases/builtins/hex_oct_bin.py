# hex(), oct() and bin() of ints (small, big, negative) and bools.
for n in [0, 1, -1, 7, 8, 255, -255, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63, 2**64, 12345678901234567890]:
    print(hex(n), oct(n), bin(n))
print(hex(2**100), oct(2**100))
print(bin(2**100))
print(hex(-(2**100) + 7), bin(-(2**70)))
print(hex(True), oct(False), bin(True), hex(False))
print(hex(-255) == "-0xff", len(bin(2**100)))
s = hex(3) + oct(8) + bin(5)
print(s, s.upper())


def maybe(flag):
    if flag:
        return 17
    return None


print(hex(maybe(True)))
print([bin(i) for i in range(6)])
print(int(hex(48879), 16), int(oct(511), 8), int(bin(10), 2))
