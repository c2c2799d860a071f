# Indexing gives ints, slicing gives the same type, iteration yields ints.
b = b"abcdefg"
print(b[0], b[-1], b[3], len(b))
print(b[1:3], b[:2], b[4:], b[-3:], b[::2], b[::-1], b[5:1:-2], b[10:], b[2:2])
ba = bytearray(b)
print(ba[1], ba[-2], ba[1:4], ba[::-3])
total = 0
for c in b:
    total += c
print(total)
for i, c in enumerate(b"xyz"):
    print(i, c, chr(c))
for c in reversed(b"abc"):
    print(c)
print([c for c in b"hi"], {c for c in b"aab"}, [c - 96 for c in ba if c % 2 == 0])
first, second = b"XY"
print(first, second)
print(list(b"\x00\x01"), sorted(b"cab"), min(b"zay"), max(bytearray(b"zay")), sum(b"\x01\x02\x03"))
print(bool(b""), bool(b"\x00"), not bytearray(), len(bytearray(5)))
