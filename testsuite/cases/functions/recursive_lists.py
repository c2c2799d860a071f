# Recursion over lists: sum, quicksort and permutations.
def rsum(xs):
    if not xs:
        return 0
    return xs[0] + rsum(xs[1:])


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[0]
    less = []
    more = []
    for x in xs[1:]:
        if x < pivot:
            less.append(x)
        else:
            more.append(x)
    return quicksort(less) + [pivot] + quicksort(more)


def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for rest in permutations(s[:i] + s[i + 1:]):
            out.append(s[i] + rest)
    return out


print(rsum([1, 2, 3, 4, 5]))
print(quicksort([3, 6, 1, 8, 2, 9, 2, 0]))
print(permutations("abc"))
print(len(permutations("abcde")))
