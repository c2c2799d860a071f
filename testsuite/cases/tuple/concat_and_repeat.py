# + and * on tuples whose lengths are known at run time; mixed items are boxed.
a = tuple([1, 2])
print(a + (3,), (0,) + a, a + a, a * 3, 2 * a, a * 0, a * -1)
n = 3
print((1, 2) * n, () * n, ("x",) * n)
b = tuple(["s"])
mixed = a + b
print(mixed, len(mixed), mixed[2], mixed.count("s"))
m2 = (1, "two") + (3.0,) * 2
print(m2)
t = ()
for i in range(3):
    t = t + (i, str(i))
print(t)
x = (1, 2)
x *= 2
print(x)
