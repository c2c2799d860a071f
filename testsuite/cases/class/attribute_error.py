# Reading an attribute that was never set raises CPython's AttributeError.
class Node:
    def __init__(self, value):
        self.value = value


n = Node(3)
print(n.value)
print(n.missing)
