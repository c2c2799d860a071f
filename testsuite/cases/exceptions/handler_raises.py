# An exception raised inside a handler replaces the one being handled.
def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            if s == "stop":
                raise RuntimeError("stopped at " + s)
            out.append(0)
    return out


print(parse_all(["1", "x", "3"]))
try:
    print(parse_all(["1", "stop", "3"]))
except RuntimeError as e:
    print("caught", e)

try:
    try:
        {}["k"]
    finally:
        print("finally runs before the outer handler")
except KeyError as e:
    print("outer", repr(e))
