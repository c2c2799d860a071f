# Iterators passed to functions, kept in lists, printed, consumed by builtins.
def take(it, n):
    out = []
    for _ in range(n):
        out.append(next(it))
    return out

def pairs(xs):
    it = iter(xs)
    return list(zip(it, it)) if False else [(a, next(it)) for a in it]

nums = list(range(10))
g = iter(nums)
print(take(g, 3), take(g, 2), list(g))
print(pairs([1, 2, 3, 4, 5, 6]))
its = [iter("ab"), iter("cd")]
print([next(i) for i in its], [next(i) for i in its])
print(iter([1]) == iter([1]))
r = repr(iter([1]))
print(r[:len("<list_iterator object at 0x")])
print(str(iter({1: 2}))[:18], repr(iter(set()))[:14])
print(max(iter([3, 9, 2])), sum(iter([1, 2])), set(iter("aba")) == {"a", "b"})
