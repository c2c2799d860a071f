class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def cells(self):
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                yield r, c, value

    def diagonal(self):
        return (self.rows[i][i] for i in range(min(len(self.rows), len(self.rows[0]))))

    def __iter__(self):
        for row in self.rows:
            yield from row


m = Matrix([[1, 2, 3], [4, 5, 6]])
print([v for r, c, v in m.cells() if r == c])
print(list(m.diagonal()), sum(m), max(list(m)))
for r, c, v in m.cells():
    if v % 2 == 0:
        print(r, c, v)
