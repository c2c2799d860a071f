# A generator's send() is not supported yet.
def echo():
    received = yield 1
    yield received


g = echo()
print(next(g))
print(g.send("hello"))
