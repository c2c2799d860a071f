def evens(n):
    return (x for x in range(n) if x % 2 == 0)

print(list(evens(10)))
scale = 3
g = (x * scale for x in [1, 2, 3])
print(next(g), list(g))
words = ["apple", "kiwi", "banana"]
first_long = next((w for w in words if len(w) > 4), None)
print(first_long, next((w for w in words if len(w) > 10), "none"))
print("-".join(w.upper() for w in words))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(sum(x * scale for x in range(5)))
def gen_of_gen():
    return (y for y in evens(7))
print(list(gen_of_gen()))
print(dict((w, len(w)) for w in words))
print(sorted((len(w) for w in words), reverse=True))
