# Module-level globals read everywhere and written with `global`.
counter = 0
total = 0.0
log = []
LIMIT = 5


def bump(by):
    global counter
    counter += by
    return counter


def add(x):
    global total
    total = total + x


def record(msg):
    log.append(msg)


def over_limit():
    return counter > LIMIT


for i in range(4):
    bump(i)
    add(i * 0.5)
    record("step " + str(i))
print(counter, total, log, over_limit())
bump(10)
print(counter, over_limit())
