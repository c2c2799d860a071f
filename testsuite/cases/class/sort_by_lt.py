class B:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"B({self.n})"
class C:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.stop:
            raise StopIteration
        return self.i
print(sorted([B(3), B(1), B(2)]))
xs = [B(5), B(4)]
xs.sort()
print(xs, min(xs), max(xs))
print(sum(list(C(5))), list(C(3)), max(list(C(4))))
