# String building: concatenation in a loop, join of many pieces, str() of ints, slicing.
def build_concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 7 == 0:
            s += ","
    return s


def build_join(n):
    parts = []
    for i in range(n):
        parts.append("item" + str(i))
    return "-".join(parts)


def checksum(s):
    h = 0
    for i in range(0, len(s), 97):
        h = (h * 131 + ord(s[i])) % 1000000007
    return h


total = 0
for rep in range(4):
    a = build_concat(100000)
    b = build_join(200000)
    c = a[::3] + b[-1000:]
    total = (total + checksum(a) + checksum(b) + len(c)) % 1000000007
    print(len(a), len(b), len(c))
print(total)
