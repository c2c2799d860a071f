# any() and all() test each item's truth as CPython does: __bool__, then __len__; and iterate
# instances through __iter__/__next__.
class Box:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v != 0


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


boxes = [Box(0), Box(2), Box(3)]
print(any(boxes))
print(all(boxes))
print(any(b for b in boxes))
print(all(b for b in reversed(boxes)))
print(all([Bag(1), Bag(0)]), any([Bag(0), Bag(0)]), any([Bag(0), Bag(2)]))
print(any(Count(3)), all(Count(3)), all(x < 3 for x in Count(5)))
# The value of `a and b` is tested once more, as CPython's any() tests the item it gets.
print(any(b and Box(9) for b in boxes))
