# SystemExit is not an Exception: `except Exception` lets it through, `finally` still runs, and
# the process exits quietly with its code.
def main(args):
    try:
        if not args:
            raise SystemExit(3)
        return 0
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally runs")


try:
    raise SystemExit
except SystemExit as e:
    print("caught", repr(e), e.args)
print("start")
main([])
print("never reached")
