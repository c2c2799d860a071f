class A:
    def __init__(self, k):
        self.k = k
    def get(self, x, y=100):
        return self.k + x + y
    def hello(self):
        print("hello from", self.k)
    @staticmethod
    def twice(x):
        return 2 * x
class B(A):
    def get(self, x, y=1000):
        return -x - y
a = A(3)
m = a.get
print(m(4))
print(m(4, y=5))
handlers = [a.get, A(10).get, B(0).get]
for h in handlers:
    print(h(1))
cbs = {"hi": a.hello, "hi2": B(7).hello}
for k in cbs:
    cbs[k]()
print(m.__name__)
t = a.twice
print(t(21))
def apply(f, v):
    return f(v)
print(apply(a.get, 2))
print(list(map(B(1).get, [1, 2, 3])))
try:
    m()
except TypeError as e:
    print(e)
g = getattr(a, "hello")
g()
