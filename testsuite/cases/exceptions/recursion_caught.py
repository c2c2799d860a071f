def depth(n):
    return depth(n + 1) + 1


try:
    depth(0)
except RecursionError as e:
    print("caught:", e)


def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1) + 1


print(countdown(500))
