# Writing a str to a binary file is CPython's TypeError.
path = "/tmp/mesapy-case-write-str-to-binary.bin"
with open(path, "wb") as f:
    f.write(b"ok\n")
    print("wrote bytes")
    f.write("not bytes")
print("not reached")
