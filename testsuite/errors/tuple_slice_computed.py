t = (1, 2, 3)
i = 1
print(t[i:])
