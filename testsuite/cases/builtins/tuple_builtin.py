# tuple() and tuple(t) of a tuple (CPython returns the tuple itself).
e = tuple()
print(e, len(e), e == (), type(e).__name__)
t = (1, "a", 2.5)
u = tuple(t)
print(u, u is t, u == t)
pairs = [(1, 2), (3, 4)]
for p in pairs:
    q = tuple(p)
    print(q, hash(q) == hash(p), q[1])
print(tuple(divmod(7, 2)), tuple(()))


def maybe(flag):
    if flag:
        return (1, 2)
    return None


print(tuple(maybe(True)))
