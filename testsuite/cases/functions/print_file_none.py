import sys
def log(msg, out=None):
    print(msg, "x", file=out)
log("a")
log("b", sys.stdout)
print(None, file=None)
