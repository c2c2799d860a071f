# Mutually recursive functions.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n):
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n):
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


print(is_even(10), is_odd(7), is_even(301))
fs = []
ms = []
for i in range(15):
    fs.append(hof_f(i))
    ms.append(hof_m(i))
print(fs)
print(ms)
