# `*` of a list into a function that takes `*args`: the leftovers become the tuple.
def total(*nums):
    return sum(nums)


def head_tail(first, *rest):
    return first, rest


def opt(a, b=10, *rest):
    return a, b, rest


xs = [1, 2, 3]
print(total(*xs))
print(total(0, *xs))
print(total(*[]))
print(head_tail(*xs))
print(head_tail(*["only"]))
print(opt(*xs))
print(opt(*[5]))
print(opt(1, 2, 3, *xs))
words = "a b c d".split()
print(head_tail(*words))
