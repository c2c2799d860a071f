# A local that holds an int and then a str widens to a boxed object.
def f(flag):
    x = 1
    if flag:
        x = "one"
    return x

print(f(True))
