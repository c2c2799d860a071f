log = []


def source():
    for i in range(5):
        log.append(f"produce {i}")
        yield i


def doubled(it):
    for x in it:
        log.append(f"double {x}")
        yield x * 2


pipeline = doubled(source())
print("nothing yet:", log)
print(next(pipeline), log)
log.clear()
for v in pipeline:
    if v > 4:
        break
print(log)
first_big = next((x for x in doubled(source()) if x > 5), None)
print(first_big)
