# Only item assignment, append and extend change a bytearray.
buf = bytearray(b"hello")
buf[1:3] = b"EY"
print(buf)
