# decode/encode with UTF-8 (the default), ASCII and Latin-1, under CPython's names.
text = "naïve café ☕"
data = text.encode()
print(data, len(text), len(data))
print(data.decode(), data.decode("utf-8") == text, data.decode("UTF8"), data.decode("utf_8"))
print("abc".encode("ascii"), b"abc".decode("ascii"), "abc".encode("US-ASCII"))
latin = "café".encode("latin-1")
print(latin, latin.decode("latin-1"), latin.decode("iso-8859-1"), "é".encode("latin1"))
print(b"\xc8\xc9".decode("latin-1"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc"), bytearray(b"\xe2\x82\xac").decode())
print(b"".decode(), "".encode("ascii"), "😀".encode(), b"\xf0\x9f\x98\x80".decode())
