# Bytes literals, escapes and CPython's repr, including its choice of quotes.
samples = [
    b"",
    b"plain",
    b"tab\there",
    b"nul\x00 and \x7f and \xff",
    b"line\nbreak\r",
    b"back\\slash",
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    rb"raw\n",
    b"\x01\x1f \x20~",
]
for b in samples:
    print(len(b), repr(b))
print(b"x", str(b"y"), f"{b'z'}", f"{b'w'!r:>8}|", "%s and %r" % (b"p", b"q"))
print([b"a", b"b'"], (b"c",), {1: b"d"})
ba = bytearray(b"it's")
print(ba, repr(bytearray()), str(bytearray(b"\x00")))
print(type(b"").__name__, type(ba).__name__)
