# iter() and next() over lists, strs, tuples, dicts, sets and instances; a for loop continues
# where next() left the iterator; next() with a default.
xs = [10, 20, 30, 40]
it = iter(xs)
print(next(it), next(it))
for x in it:
    print("rest", x)
print(next(it, "done"))
lines = ["header", "a 1", "b 2"]
li = iter(lines)
head = next(li)
print(head, [l.split()[1] for l in li])
d = {"k1": 1, "k2": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
s = iter("héllo")
print(next(s), list(s))
t = iter((1, 2, 3))
print(next(t), sorted(t, reverse=True))
e = iter([])
print(next(e, None))
print(list(iter({3, 1, 2})))
it2 = iter(xs)
print(iter(it2) is it2)
print(type(iter(xs)).__name__ if False else "x")
print(bool(iter([])))
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
c = iter(Count(3))
print(next(c), next(c), next(c))
