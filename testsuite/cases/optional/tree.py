# A binary search tree with None children, built and walked recursively.
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(t, key):
    if t is None:
        return Tree(key)
    if key < t.key:
        t.left = insert(t.left, key)
    elif key > t.key:
        t.right = insert(t.right, key)
    return t


def contains(t, key):
    while t is not None:
        if key == t.key:
            return True
        t = t.left if key < t.key else t.right
    return False


def inorder(t, out):
    if t is not None:
        inorder(t.left, out)
        out.append(t.key)
        inorder(t.right, out)
    return out


def height(t):
    if t is None:
        return 0
    return 1 + max(height(t.left), height(t.right))


def minimum(t):
    if t is None:
        return None
    while t.left is not None:
        t = t.left
    return t.key


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root, []))
print(height(root), minimum(root), minimum(None))
print([contains(root, k) for k in [35, 36, 80, 10]])
other = None
for k in range(10):
    other = insert(other, (k * 7) % 10)
print(inorder(other, []), height(other), contains(other, 3))
