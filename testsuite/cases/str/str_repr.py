# repr() picks quotes like CPython and escapes control characters.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\tnl\ncr\r"), repr("back\\slash"), repr("\x00\x7f"), repr("\x1b[0m"))
print(repr("é"), repr("日本"), repr("😀"), repr("\u200b"), repr("\xa0"))
print(repr(""), str(""), str("x"))
print(str(123), str(-1.5), str(True), str(None), str([1, 2]), str(["a", "b'c"]))
print(["it's", "q\"", "\n"])
print(("x", 1, 2.5, True))
print(repr(repr("a")))
