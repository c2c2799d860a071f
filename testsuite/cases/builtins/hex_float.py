# hex() of a float raises CPython's TypeError.
print(hex(255))
x = 2.5
print(oct(7))
print(hex(x))
