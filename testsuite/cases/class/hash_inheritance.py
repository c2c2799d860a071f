# __hash__ is inherited until a subclass defines __eq__ alone (then it is None); set algebra and
# dict methods on instance keys use the user's __hash__ and __eq__.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return "Key(" + str(self.k) + ")"


class Rehashed(Key):
    def __hash__(self):
        return hash(self.k) + 1


class Strict(Key):
    def __eq__(self, other):
        return self.k == other.k and isinstance(other, Strict)


a = {Key(1), Key(2), Key(3)}
b = {Key(2), Key(3), Key(4)}
print(sorted([k.k for k in a | b]), sorted([k.k for k in a & b]), sorted([k.k for k in a - b]))
d = {Key("x"): 1, Key("y"): 2}
print(d.get(Key("x")), d.get(Key("z"), 0), Key("y") in d.keys(), d.pop(Key("x")), d)
r = {Rehashed(5): "five"}
print(r[Rehashed(5)], hash(Rehashed(5)) - hash(Key(5)), Rehashed(5) == Key(5))
print(Strict(1) == Strict(1), Strict(1) == Key(1), Strict(2) != Strict(3))
print(hash(Strict(1)))
