# Indexing a tuple of any length past its end raises IndexError.
t = tuple(range(3))
print(t[0], t[-1], t[-3])
i = 0
while True:
    print(t[i])
    i += 1
