class Bus:
    def __init__(self):
        self.handlers = []
    def on(self, h):
        self.handlers.append(h)
    def off(self, h):
        self.handlers.remove(h)
class W:
    def __init__(self, n):
        self.n = n
    def ping(self, x):
        print("ping", self.n, x)
    def pong(self, x):
        print("pong", self.n, x)
b = Bus()
w1, w2 = W(1), W(2)
b.on(w1.ping)
b.on(w2.ping)
b.on(w1.pong)
print(w1.ping == w1.ping, w1.ping == w2.ping, w1.ping == w1.pong, w1.ping != w1.ping)
print(w1.ping in b.handlers, hash(w1.ping) == hash(w1.ping))
b.off(w1.ping)
for h in b.handlers:
    h(0)
s = {w1.ping, w1.ping, w2.ping}
print(len(s))
