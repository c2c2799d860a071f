# Unbounded recursion ends with RecursionError, not a crash.
def depth(n):
    return depth(n + 1) + 1


print("start")
print(depth(0))
