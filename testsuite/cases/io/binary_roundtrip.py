# A file written in binary mode, then read back as bytes.
path = "/tmp/mesapy-case-binary-roundtrip.bin"
with open(path, "wb") as f:
    n = f.write(b"hello\x00world\n")
    m = f.write(bytes([0, 1, 2, 255]))
    print(n, m, f.closed)
print(f.closed)
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
print(data[:5].decode(), data[-1], list(data[-4:]))
with open(path, "rb") as f:
    print(f.read(3), f.read(4), f.read(0), f.read(100), f.read())
