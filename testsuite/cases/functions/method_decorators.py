calls = []
def log(f):
    def wrapper(*args, **kwargs):
        calls.append(f.__name__)
        return f(*args, **kwargs)
    return wrapper
def times(n):
    def deco(f):
        def inner(self, x):
            return f(self, x) * n
        return inner
    return deco
class Acc:
    def __init__(self):
        self.total = 0
    @log
    def add(self, x):
        self.total += x
        return self.total
    @times(3)
    def scaled(self, x):
        return x + self.total
class Sub(Acc):
    pass
a = Acc()
a.add(5)
print(a.add(2), a.scaled(1))
s = Sub()
print(s.add(10), s.scaled(0))
print(calls)
