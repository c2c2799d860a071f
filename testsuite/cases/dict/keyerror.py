# A missing key ends the program with CPython's KeyError (the key's repr).
d = {"present": 1}
print(d["present"])
print(d["absent"])
