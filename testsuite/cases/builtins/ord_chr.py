# ord and chr over ASCII, Latin-1, the BMP and beyond.
for ch in ["A", "z", "0", " ", "é", "€", "日", "😀"]:
    print(repr(ch), ord(ch))
for cp in [65, 97, 955, 8364, 128512, 10]:
    print(cp, repr(chr(cp)))
s = ""
for cp in range(ord("a"), ord("a") + 5):
    s += chr(cp)
print(s, chr(ord("A") + 25))
