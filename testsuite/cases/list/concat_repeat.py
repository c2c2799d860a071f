# + and * on lists, and the aliasing trap of [[0] * n] * m.
a = [1, 2]
b = [3]
c = a + b
print(c, a, b)
print(a * 3, [0] * 5, ["-"] * 3, a * 0)
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
good = []
for i in range(3):
    good.append([0] * 3)
good[0][0] = 1
print(good)
d = c
d = d + [4]
print(c, d)
