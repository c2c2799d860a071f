# Values CPython unpacks by iterating them, which mesapyc does not compile yet.
class Bag:
    def __init__(self):
        self.items = [3, 1, 2]

    def __iter__(self):
        return iter(self.items)


a, b = iter([1, 2])
print(sorted(Bag()))
