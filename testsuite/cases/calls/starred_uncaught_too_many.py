# An uncaught TypeError: too many items in a starred list.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [[1, 2], [3, 4, 5]]
for p in pts:
    q = P(*p)
    print(q.x, q.y)
