# The first two arguments of str.maketrans must have equal length.
print(str.maketrans("ab", "cd"))
print(str.maketrans("abc", "de"))
