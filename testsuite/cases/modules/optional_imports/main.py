try:
    import numpy as np
except ImportError:
    np = None
print(np)
try:
    from fancy.colors import red
except ModuleNotFoundError as e:
    print("missing:", e, type(e).__name__)
    red = "plain red"
print(red)
try:
    import helper
except ImportError:
    print("no helper")
else:
    print(helper.greet("x"))


def load():
    try:
        import no_such_yaml_mod
        return "found"
    except (ImportError, OSError) as e:
        return "fallback: " + str(e)


print(load())
try:
    import json_missing.sub
except Exception as e:
    print(repr(e), isinstance(e, ImportError))
