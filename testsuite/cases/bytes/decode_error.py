# Decoding invalid UTF-8 raises CPython's UnicodeDecodeError.
good = b"ok \xc3\xa9"
print(good.decode())
print(b"\xff".decode("latin-1"))
bad = b"abc \xe2\x82 end"
print("decoding", len(bad), "bytes")
print(bad.decode())
