def f(flag):
    x = 1
    if flag:
        x = "one"
    return x

print(f(True))
