# A tuple whose length is known only at run time, spread into `*args`.
def count(*args):
    return len(args), args


t = tuple(range(4))
print(count(*t))
t2 = t + (9,)
print(count(*t2))
grow = ()
for i in range(3):
    grow = grow + (i * i,)
    print(count(*grow))
print(count(*tuple(sorted("cab"))))
