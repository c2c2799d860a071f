# The repr of binary and text file objects, and their name and mode.
path = "/tmp/mesapy-case-binary-repr.bin"
f = open(path, "wb")
print(repr(f), f.name, f.mode)
f.write(b"x")
f.close()
g = open(path, "rb")
print(g, g.mode, g.closed)
g.close()
print(g.closed)
t = open(path)
print(t)
t.close()
