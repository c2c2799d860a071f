# replace, startswith and endswith.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace(" ", ""))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "x".replace("y", "z"))
print(s.startswith("one"), s.startswith("fish"), s.endswith("fish"), s.endswith("red"))
print(s.startswith("two", 9), "".startswith(""), "abc".endswith(""))
print("héllo".replace("é", "e"), "héllo".startswith("hé"))
