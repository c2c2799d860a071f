# Item values must be bytes.
ba = bytearray(3)
ba[0] = 255
print(ba)
ba[1] = 256
