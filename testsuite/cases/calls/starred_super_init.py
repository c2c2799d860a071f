# The common forwarding `__init__`: `super().__init__(*args, **kwargs)`.
class Base:
    def __init__(self, name, size=1, *tags, **opts):
        self.name = name
        self.size = size
        self.tags = tags
        self.opts = opts

    def describe(self, prefix, *rest):
        return prefix + self.name + str(len(rest))


class Child(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = "child"

    def describe(self, *args):
        return "[" + super().describe(*args) + "]"


c = Child("a", 2, "x", "y", color="red")
print(c.name, c.size, c.tags, c.opts, c.kind)
c2 = Child("b")
print(c2.name, c2.size, c2.tags, c2.opts)
c3 = Child(*["c", 5], **{"shape": "round"})
print(c3.name, c3.size, c3.opts)
print(c.describe(">", 1, 2))
print(c.describe(*["<"]))
try:
    Child()
except TypeError as e:
    print(e)
