# A multiplication table and a search over pairs.
n = 6
for i in range(1, n + 1):
    line = ""
    for j in range(1, n + 1):
        line += str(i * j).rjust(4)
    print(line)
count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print(a, b, c)
                count += 1
print(count, "triples")
