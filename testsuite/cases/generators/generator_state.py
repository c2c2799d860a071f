def counter(start):
    print("started at", start)
    n = start
    while n < start + 3:
        received = yield n
        if received is not None:
            print("received", received)
        n += 1
    print("finished")


c = counter(10)
print("created")
for v in c:
    print("value", v)
print(list(counter(0)))
g = counter(5)
print(next(g), g.send("hi"), next(g))
print(next(g, "no more"))
