a = (1, "x")
b = (2, 3)
c = a + b
print(c)
d = b + (1.5,)
print(d)
