# Characters outside the codec's range raise CPython's UnicodeEncodeError (a run together).
print("abc".encode("ascii"))
print("ÿ".encode("latin-1"))
print("Zürich".encode("ascii"))
