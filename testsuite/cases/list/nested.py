# Nested lists: a 2-D grid and a jagged triangle.
rows = 4
cols = 5
grid = []
for r in range(rows):
    line = []
    for c in range(cols):
        line.append(r * cols + c)
    grid.append(line)
print(grid)
grid[2][3] = -1
print(grid[2], grid[-1][-1], len(grid), len(grid[0]))
total = 0
for line in grid:
    for v in line:
        total += v
print(total)
tri = []
for n in range(1, 6):
    tri.append([1] * n)
print(tri)
for i in range(2, 5):
    for j in range(1, i):
        tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]
for line in tri:
    print(line)
