class Box:
    def __init__(self, v):
        self.v = v


def get(flag):
    if flag:
        return Box(1)
    return None


print(get(True).v)
b = get(False)
print(b is None)
print(b.v)
