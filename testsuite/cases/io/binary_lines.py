# readline, readlines and iteration over the lines of a binary file.
path = "/tmp/mesapy-case-binary-lines.bin"
with open(path, "wb") as f:
    f.write(b"alpha\nbeta\r\n\ngamma")
    f.writelines([b"\n", b"delta\n"])
    f.write(bytearray(b"epsilon\n"))
with open(path, "rb") as f:
    print(f.readline(), f.readline())
    print(f.readlines())
    print(f.readline())
with open(path, "rb") as f:
    for line in f:
        print(len(line), line.rstrip(b"\r\n"), line.endswith(b"\n"))
f = open(path, "rb")
lines = list(f)
f.close()
print(lines)
print(sum(len(x) for x in lines))
