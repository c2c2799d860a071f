class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
for v in t:
    print(v)
print(list(t), sum(list(t)), 3 in t)
for d, v in t.walk():
    print("  " * d + str(v))
print(max(v for v in t))
