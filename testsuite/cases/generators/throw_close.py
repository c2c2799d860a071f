def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("worker cleanup")


w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("exhausted after close")

def simple():
    yield 1
    yield 2

s = simple()
print(next(s))
try:
    s.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", e)
print(next(s, "finished"))

fresh = simple()
fresh.close()
print(list(fresh))
