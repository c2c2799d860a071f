def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return average

avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(3.5))

def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"

e = echo()
print(next(e))
print(e.send("a"))
print(e.send(42))
print(next(e))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)
print(fresh.send(None))

def accumulate():
    total = 0
    while True:
        x = yield total
        total += x

acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))
