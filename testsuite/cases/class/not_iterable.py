# Iterating an instance whose class has no __iter__ is a TypeError.
class Box:
    def __init__(self):
        self.items = [1, 2]


b = Box()
print(len(b.items))
for x in b:
    print(x)
