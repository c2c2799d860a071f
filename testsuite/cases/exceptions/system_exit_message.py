def fail(reason):
    print("failing")
    raise SystemExit("fatal: " + reason)


fail("bad input")
