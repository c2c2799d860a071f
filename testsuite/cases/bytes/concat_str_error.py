# bytes and str do not mix.
b = b"abc"
print(b + b"d")
print(b + "d")
