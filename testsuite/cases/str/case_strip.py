# upper, lower and strip, including non-ASCII letters.
print("Hello World".upper(), "Hello World".lower())
print("straße".upper(), "ÀÉÎ".lower(), "ǅ".lower(), "123abc".upper())
print("[" + "  padded \t\n".strip() + "]")
print("[" + "  left".lstrip() + "]", "[" + "right  ".rstrip() + "]")
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print("".strip() == "", "   ".strip() == "")
w = "MiXeD CaSe"
print(w.upper().lower(), w.lower().upper())
