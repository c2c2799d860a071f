# Indexing past the end of bytes: CPython's message names no type.
b = b"abc"
print(b[2], b[-3])
print(b[3])
