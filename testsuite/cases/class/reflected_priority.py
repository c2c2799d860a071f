class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Key.eq")
        return self.v == other.v
    def __lt__(self, other):
        print("Key.lt")
        return self.v < other.v
    def __add__(self, other):
        return "Key.add"
    def __radd__(self, other):
        return "Key.radd"

class Strict(Key):
    def __eq__(self, other):
        print("Strict.eq")
        return False
    def __gt__(self, other):
        print("Strict.gt")
        return True
    def __radd__(self, other):
        return "Strict.radd"

class Plain(Key):
    pass

ks = [Key(1), Strict(1), Plain(1)]
for a in ks:
    for b in ks:
        print(type(a).__name__, type(b).__name__, a == b, a != b, a + b, a < b)
print(Key(1) == Strict(1))
print(Key(1) + Strict(1))
print(Key(1) + Key(2))
print(Plain(1) < Strict(2))
