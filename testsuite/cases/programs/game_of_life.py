# Conway's game of life on a small wrapping grid.
ROWS = 10
COLS = 12


def empty_grid():
    g = []
    for _ in range(ROWS):
        g.append([False] * COLS)
    return g


def neighbours(g, r, c):
    n = 0
    for dr in [-1, 0, 1]:
        for dc in [-1, 0, 1]:
            if dr == 0 and dc == 0:
                continue
            if g[(r + dr) % ROWS][(c + dc) % COLS]:
                n += 1
    return n


def step(g):
    new = empty_grid()
    for r in range(ROWS):
        for c in range(COLS):
            n = neighbours(g, r, c)
            if g[r][c]:
                new[r][c] = n == 2 or n == 3
            else:
                new[r][c] = n == 3
    return new


def show(g, gen):
    alive = 0
    print("generation", gen)
    for row in g:
        line = ""
        for cell in row:
            if cell:
                line += "#"
                alive += 1
            else:
                line += "."
        print(line)
    print("alive:", alive)


grid = empty_grid()
glider = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
for cell in glider:
    grid[cell[0]][cell[1]] = True
blinker = [(6, 8), (6, 9), (6, 10)]
for r, c in blinker:
    grid[r][c] = True
show(grid, 0)
for gen in range(1, 9):
    grid = step(grid)
    if gen % 4 == 0:
        show(grid, gen)
