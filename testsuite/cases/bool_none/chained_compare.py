# Chained comparisons evaluate each operand once and short-circuit.
def val(label, v):
    print("eval", label)
    return v


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 <= 1 < 2 <= 2, 5 > 4 >= 4 > 3)
a = 5
print(0 < a < 10, 0 < a > 10, a < 10 > 3)
print(val("x", 1) < val("y", 2) < val("z", 3))
print(val("p", 3) < val("q", 2) < val("r", 1))
print("a" < "b" < "c", "b" < "a" < "c")
print(1 < 2.5 < 3)
x = 2 ** 70
print(0 < x < 2 ** 71, -x < 0 < x)
