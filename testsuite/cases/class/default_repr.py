# Without __repr__, instances print as <__main__.Name object at 0x...> (the address is masked in
# the goldens); __str__ alone changes str() and print() but not the repr inside containers.
class Plain:
    pass


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Named " + self.name


class Child(Named):
    pass


p = Plain()
print(p)
print(repr(p), str(p) == repr(p), f"{p}" == repr(p))
print([p, p], (p,))
n = Named("x")
print(n, str(n), [n], {"k": n})
c = Child("y")
print(c, repr(c).startswith("<__main__.Child object at 0x"))
things = [Named("a"), Child("b")]
for t in things:
    print(t, repr(t)[:18])
lookup = {Plain(): 1}
print(lookup[p])
