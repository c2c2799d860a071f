# Builds and drops millions of reference cycles: parent/child instances that point at each
# other, a node whose list holds itself, and dicts of nodes held by those nodes. The collector
# must reclaim the cycles, so memory stays bounded.
class Node:
    def __init__(self, value):
        self.value = value
        self.peer = self
        self.kids = [self]
        self.index = {"self": self}


def cycle(i):
    parent = Node(i)
    child = Node(i + 1)
    parent.peer = child
    child.peer = parent
    parent.kids.append(child)
    child.index["parent"] = parent
    return parent.peer.peer.value + child.index["parent"].kids[1].value


total = 0
for i in range(2000000):
    total += cycle(i)
print(total)
