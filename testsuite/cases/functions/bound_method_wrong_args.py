class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


c = Counter()
inc = c.add
print(inc(2), inc(k=3))
inc(1, 2)
