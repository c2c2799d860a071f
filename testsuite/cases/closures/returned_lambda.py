# Lambdas returned from functions, with defaults evaluated at each definition.
def multiplier(n):
    return lambda x: x * n


def greeter(greeting="hi"):
    return lambda name, punct="!": greeting + " " + name + punct


times3 = multiplier(3)
times5 = multiplier(5)
print(times3(4), times5(4))
hello = greeter("hello")
print(hello("ann"), hello("bob", "?"))
print(greeter()("cy"))
