# Many instances with attributes in their dictionaries: the collector must keep the dictionaries
# (and what they hold) of the live ones and free the rest.
class Bag:
    def __init__(self, n):
        self.n = n


kept = []
total = 0
for i in range(60000):
    b = Bag(i)
    setattr(b, "label" + str(i % 3), "item-" + str(i))
    key = "parts"
    setattr(b, key, [i, i + 1, str(i)])
    if i % 1000 == 0:
        kept.append(b)
    total += len(getattr(b, "parts"))
print(total, len(kept))
for b in kept[:5]:
    print(vars(b))
print(sum(getattr(b, "parts")[1] for b in kept))
