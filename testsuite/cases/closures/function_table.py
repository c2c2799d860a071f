# A dispatch table of module functions and lambdas, called by key.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


table = {"add": add, "sub": sub, "mul": lambda a, b: a * b, "pow": lambda a, b: a ** b}
for op in ["add", "sub", "mul", "pow"]:
    print(op, table[op](7, 3))
ops = [add, sub]
print([f(10, 4) for f in ops])
print(len(table), "add" in table)
