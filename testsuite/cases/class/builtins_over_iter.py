class C:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
class D:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return -self.i
print(sum(C(4)), max(C(5)), sorted(C(3), reverse=True), set(C(3)), min(D()), sorted(D()))
