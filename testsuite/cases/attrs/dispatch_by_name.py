class Node:
    def __init__(self, kind, value, children):
        self.kind = kind
        self.value = value
        self.children = children


class Counter:
    def __init__(self):
        self.num = 0
        self.add = 0
        self.mul = 0

    def count(self, node):
        setattr(self, node.kind, getattr(self, node.kind) + 1)
        for c in node.children:
            self.count(c)


tree = Node("add", 0, [Node("num", 1, []), Node("mul", 0, [Node("num", 2, []), Node("num", 3, [])])])
c = Counter()
c.count(tree)
print(vars(c))
totals = {k: getattr(c, k) for k in ("num", "add", "mul")}
print(totals)
