total = 0
for i in range(1, 10, 2):
    if i == 5:
        continue
    total += i
else:
    print(total)
