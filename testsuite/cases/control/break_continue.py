# break and continue in nested loops.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("outer", i)
    for j in range(5):
        if j > i:
            break
        if j % 2 == 1:
            continue
        print("  inner", i, j)
found = -1
for x in [5, 8, 12, 7, 20]:
    if x % 4 == 0 and x > 8:
        found = x
        break
print(found)
n = 0
skipped = 0
while n < 20:
    n += 1
    if n % 3 != 0:
        skipped += 1
        continue
    print("mult of 3:", n)
print(skipped)
