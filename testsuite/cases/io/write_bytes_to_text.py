# Writing bytes to a text file is CPython's TypeError.
path = "/tmp/mesapy-case-write-bytes-to-text.txt"
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("binary:", e)
with open(path, "w") as f:
    f.write("text\n")
    print("wrote text")
    f.write(b"bytes")
print("not reached")
