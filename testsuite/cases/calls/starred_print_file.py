import sys

# print(*xs, file=...) writes the same text to the stream or file.
xs = ["a", "b"]
print(*xs, file=sys.stdout)
print(*xs, sep="|", end="!\n", file=sys.stdout)
path = "/tmp/mesapy-starred-print-file.txt"
with open(path, "w") as f:
    print(*xs, 3, file=f)
    print(*range(3), sep=",", file=f)
with open(path) as f:
    print(repr(f.read()))
print("done")
