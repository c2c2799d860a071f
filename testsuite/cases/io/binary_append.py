# Appending in binary mode, and the file read back whole and in chunks.
path = "/tmp/mesapy-case-binary-append.bin"
for i in range(3):
    with open(path, "wb" if i == 0 else "ab") as f:
        f.write(bytes([65 + i]) * (i + 1))
        f.write(b"|")
with open(path, "rb") as f:
    whole = f.read()
print(whole, whole.count(b"|"), whole.split(b"|"))
chunks = []
with open(path, "rb") as f:
    while True:
        chunk = f.read(4)
        if not chunk:
            break
        chunks.append(chunk)
print(chunks)
print(b"".join(chunks) == whole)
