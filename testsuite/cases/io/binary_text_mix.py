# A file written as text and read as bytes, and the other way round. A variable holds files
# of one kind: text and binary file objects read different types.
path = "/tmp/mesapy-case-binary-text-mix.txt"
with open(path, "w") as tf:
    tf.write("na\u00efve caf\u00e9\nline two\n")
with open(path, "rb") as bf:
    raw = bf.read()
print(raw, len(raw))
print(raw.decode("utf-8").splitlines())
with open(path, "wb") as bf:
    bf.write("r\u00e9sum\u00e9\n".encode("utf-8"))
    bf.write(b"plain\n")
with open(path) as tf:
    print(tf.readlines())
with open(path, mode="rb") as bf:
    first = bf.readline()
    rest = bf.read()
print(first, rest, first + rest == raw)
