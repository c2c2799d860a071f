# Builtins that consume an iterable take an instance's items through `list(obj)` for now.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)))
print(sum(Countdown(3)))
