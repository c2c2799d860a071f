# Bitwise operators, including negative numbers and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 10, 1 << 64, 1 << 100)
print(-1 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1)
big = (1 << 100) - 1
print(big & 0xFFFF, big >> 90, big ^ (1 << 99))
print(~big, -big & 255)
print((1 << 65) | 1)
mask = 0xFF
v = 0x12345678
print(v & mask, (v >> 8) & mask, (v >> 16) & mask, (v >> 24) & mask)
print(0b1010, 0o17, 0x1F)
x = 0
for i in range(0, 128, 9):
    x |= 1 << i
print(x)
