# str.format with automatic, numbered and named fields and format specs.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.2f} {:5d} {:x} {:08.3f}".format(3.14159, 42, 255, -1.5))
print("{{literal}} {}".format("x"))
print("{:,}".format(1234567890), "{:e}".format(12345.678))
print("{!r} {!s}".format("quoted", "plain"))
print("{:*^9}".format("mid"), "{:>3}".format("toolong"))
