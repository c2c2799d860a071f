def f(sep=" "):
    if sep is None:
        sep = "x"
    return sep
print(f(None), f())
