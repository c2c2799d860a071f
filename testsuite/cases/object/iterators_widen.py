class C:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
c = list(C())
c.append(None)
print(c)
it = iter([1, 2, 3])
next(it)
rest = list(it)
rest.append(2.5)
print(rest)
