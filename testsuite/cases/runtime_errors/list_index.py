# Reading past the end of a list raises IndexError after the earlier output.
xs = [1, 2, 3]
print(xs[2])
print(xs[-3])
i = 0
while True:
    print("item", xs[i])
    i += 1
