# Slices with steps, negative indices and out-of-range bounds.
s = "abcdefghij"
print(s[1:4], s[:3], s[7:], s[-3:], s[:-3], s[:], s[2:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(s[5:1], s[100:], s[-100:3], s[3:100], s[::-100])
u = "añb😀cé"
print(u[::-1], u[1:4], u[::2], u[-2:], u[4:0:-1])
n = len(s)
for k in range(0, n, 3):
    print(k, s[k:k + 3])
print(s[1:9:3], s[9:0:-3])
