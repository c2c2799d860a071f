# Nested functions (closures) are not in the first slice.
def outer(n):
    def inner(m):
        return m + n

    return inner(1)


print(outer(2))
