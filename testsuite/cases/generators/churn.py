# Generator churn under the collector: many generators alive at once, items that are objects.
class Node:
    def __init__(self, v):
        self.v = v

def nodes(n):
    for i in range(n):
        yield Node(i)

def pairs(xs):
    it = iter(xs)
    for a in it:
        yield (a, [a] * 3)

total = 0
for rnd in range(2000):
    gs = [nodes(5) for _ in range(10)]
    for g in gs:
        for node in g:
            total += node.v
    for a, lst in pairs(["x", "y"]):
        total += len(lst)
print(total)
