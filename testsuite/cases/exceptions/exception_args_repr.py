errors = [ValueError(), ValueError("one"), ValueError("two", 2), KeyError("k"), KeyError(), IndexError(3), OSError("disk full"), RuntimeError(None)]
for e in errors:
    print(repr(e), "|", str(e), "|", e.args, "|", len(e.args))
