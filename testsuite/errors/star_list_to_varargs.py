# A starred list passed to a function that takes `*args`: the tuple's length is not known.
def total(*nums):
    return sum(nums)


xs = [1, 2, 3]
print(total(*xs))
