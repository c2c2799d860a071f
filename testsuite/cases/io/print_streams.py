import sys

print("to stdout", 1, 2, sep="-", end="!\n", file=sys.stdout)
n = sys.stdout.write("written directly\n")
print(n)
print("warning: low disk", file=sys.stderr)
sys.stdout.flush()
sys.stderr.write("second warning\n")
print("done")
sys.exit(3)
