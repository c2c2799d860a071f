def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out

xs = squares(5)
names = []
names.append("a")
print(xs, names)
