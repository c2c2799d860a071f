path = "/tmp/mesapy-case-files-roundtrip.txt"
with open(path, "w") as f:
    print(f.write("first\n"), f.name, f.mode, f.closed)
    f.write("second line\n")
    print("third", 3, sep=":", file=f)
print(f.closed)

with open(path) as f:
    print(f.read())

with open(path, "a") as f:
    f.writelines(["fourth\n", "fifth\n"])

f = open(path)
print(repr(f.readline()))
print(f.readlines())
f.close()
f.close()

count = 0
for line in open(path):
    count += len(line.rstrip("\n"))
print("characters:", count)
try:
    f.read()
except ValueError as e:
    print("closed:", e)
