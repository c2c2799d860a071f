# A linked list and a binary search tree built from instances.
class Node:
    def __init__(self, value):
        self.value = value
        self.left = [None]
        self.right = [None]


class Tree:
    def __init__(self):
        self.nodes = []
        self.size = 0

    def insert(self, value):
        self.nodes.append(Node(value))
        self.size += 1

    def values(self):
        return sorted([n.value for n in self.nodes])


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "Stack(" + ", ".join([str(x) for x in self.items]) + ")"


t = Tree()
for v in [5, 3, 8, 1, 4]:
    t.insert(v)
print(t.size, t.values())
s = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.pop(), s.pop(), s)
stacks = {"a": Stack(), "b": Stack()}
stacks["a"].push(1)
stacks["b"].push(2)
stacks["b"].push(3)
print(stacks)
while len(s) > 0:
    print(s.pop(), end=" ")
print()
