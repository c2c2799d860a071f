# str keys of a translate table must be single characters.
print(str.maketrans({"a": 1}))
print(str.maketrans({"ab": 1}))
