# Many long tuples of strs, kept alive while the heap churns: every field must survive a
# collection, also those past the 64th.
def make(n, tag):
    return tuple(tag + str(i) for i in range(n))

keep = []
for round in range(40):
    t = make(100 + round, "r" + str(round) + "_")
    keep.append(t)
    junk = [str(i) * 3 for i in range(2000)]
    if round % 10 == 0:
        keep.append(t + make(70, "x"))
total = 0
for t in keep:
    total += len(t)
    assert t[-1].startswith(t[0][:2]) or t[-1].startswith("x")
print(len(keep), total)
print(keep[0][99], keep[1][:3], keep[-1][-1], keep[3][64:67])
big = ()
for i in range(300):
    big = big + (str(i),)
    if i % 50 == 0:
        junk = [[str(j)] for j in range(500)]
print(len(big), big[64], big[65], big[299], sum(len(s) for s in big))
