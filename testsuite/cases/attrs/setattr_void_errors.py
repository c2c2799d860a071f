class P:
    def __init__(self):
        self.v = 1
p = P()
names = ["v", "w"]
for n in names:
    setattr(p, n, 3)
print(p.v, getattr(p, "w"))
setattr(p, 5, 1)
