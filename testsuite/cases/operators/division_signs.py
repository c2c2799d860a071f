# // and % for every sign combination, small and big operands.
def show(a, b):
    print(a, b, a // b, a % b, -a // b, -a % b, a // -b, a % -b)


show(7, 3)
show(3, 7)
show(9, 3)
show(2 ** 64 + 5, 3)
show(2 ** 64 + 5, 2 ** 33)
show(1, 2 ** 80)
show(10 ** 40, 10 ** 20 + 1)
