def classify(e):
    kinds = []
    if isinstance(e, ArithmeticError):
        kinds.append("arithmetic")
    if isinstance(e, LookupError):
        kinds.append("lookup")
    if isinstance(e, OSError):
        kinds.append("os")
    if isinstance(e, NameError):
        kinds.append("name")
    if isinstance(e, RuntimeError):
        kinds.append("runtime")
    if isinstance(e, ValueError):
        kinds.append("value")
    if isinstance(e, Exception):
        kinds.append("exception")
    return kinds


samples = [ZeroDivisionError("z"), OverflowError("o"), KeyError("k"), IndexError("i"), FileNotFoundError("f"),
           PermissionError("p"), UnboundLocalError("u"), RecursionError("r"), NotImplementedError("n"),
           UnicodeDecodeError("d") if False else ValueError("v"), StopIteration("s"), SystemExit(3), KeyboardInterrupt()]
for e in samples:
    print(type(e).__name__, classify(e))
