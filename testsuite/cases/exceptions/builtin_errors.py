# Errors the runtime raises, caught by class, by base class and by a bare except.
def attempt(label, arg):
    try:
        if label == "divide":
            print(label, divide(arg))
        elif label == "index":
            print(label, index(arg))
        elif label == "lookup":
            print(label, lookup(arg))
        else:
            print(label, parse(arg))
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
    except LookupError as e:
        print(label, type(e).__name__, e)
    except ValueError as e:
        print(label, "ValueError:", e)


def divide(n):
    return 100 // n


def index(i):
    return [10, 20, 30][i]


def lookup(k):
    return {"a": 1, "b": 2}[k]


def parse(s):
    return int(s)


attempt("divide", 4)
attempt("divide", 0)
attempt("index", 2)
attempt("index", 3)
attempt("lookup", "b")
attempt("lookup", "z")
attempt("parse", "42")
attempt("parse", "4x2")

try:
    print(1.5 / 0)
except ArithmeticError as e:
    print("float:", repr(e))

try:
    [].pop()
except:
    print("bare except caught the pop")

try:
    "abc".index("z")
except Exception as e:
    print(type(e).__name__, e.args)
