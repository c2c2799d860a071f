# A bytearray's IndexError names the type.
ba = bytearray(b"ab")
ba[1] = 0
print(ba)
ba[2] = 1
