# Functions kept in a dict, called with argument lists read at run time.
def add(a, b):
    return a + b


def neg(a, b=0):
    return -a - b


def mul(a, b):
    return a * b


ops = {"add": add, "neg": neg, "mul": mul}
program = [("add", [1, 2]), ("neg", [5]), ("mul", [3, 4]), ("neg", [1, 1])]
for name, args in program:
    print(name, args, ops[name](*args))
try:
    ops["mul"](*[1])
except TypeError as e:
    print(e)
