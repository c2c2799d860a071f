# Indexing past the end of a string raises IndexError.
s = "héllo"
print(s[4], s[-5])
print(s[5])
