# The `sys` module of compiled programs, written in Python over the prelude's file objects and
# the runtime's primitives. CPython's `sys` is built in: this one is found before any `sys.py`
# of the program, as CPython's is.

argv = __mesapy_argv()
maxsize = 9223372036854775807
stdin = TextIOWrapper(0, "<stdin>", "r")
stdout = TextIOWrapper(1, "<stdout>", "w")
stderr = TextIOWrapper(2, "<stderr>", "w")


def exit(code=None):
    # CPython's `sys.exit()` and `sys.exit(None)` raise a SystemExit without arguments.
    if code is None:
        raise SystemExit
    raise SystemExit(code)
