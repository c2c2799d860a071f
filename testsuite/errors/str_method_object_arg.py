# A str method's argument of mixed type is rejected rather than read as the wrong type.
fills = ["*", 0]
name = "ab"
print(name.ljust(5, fills[0]))
