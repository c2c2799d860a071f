# An exception raised inside a closure, uncaught: a traceback through the closure.
def make(d):
    def lookup(k):
        return d[k]

    return lookup


get = make({"a": 1})
print(get("a"))
print(get("b"))
