# A tuple that grows in a loop: its length is known only at run time.
acc = ()
for i in range(6):
    acc = acc + (i * 10,)
print(acc, len(acc))
path = ("root",)
for part in "usr local bin".split():
    path += (part,)
print(path, "/".join(path))
fib = (0, 1)
while len(fib) < 12:
    fib = fib + (fib[-1] + fib[-2],)
print(fib)
pairs = ()
for a in range(3):
    pairs = pairs + ((a, a * a),)
print(pairs)
for p in pairs:
    x, y = p
    print(x, y)
