# Operators: concatenation, repetition, comparisons and `in`, across bytes and bytearray.
a, b = b"abc", b"abd"
print(a + b, a * 3, 2 * b"-", a * 0, a * -1)
print(a == b, a != b, a < b, a <= a, b > a, b >= b"abd", b"" < b"\x00", b"ab" < b"abc")
print(a == "abc", a == bytearray(b"abc"), bytearray(b"x") == b"x", bytearray(b"b") > b"a")
print(bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"), bytearray(b"ab") * 2)
print(97 in a, 100 in a, b"bc" in a, b"" in a, b"cb" in a, bytearray(b"b") in a, True in b"\x01")
print(98 not in bytearray(b"abc"), b"z" not in a)
d = {b"key": 1, b"other": 2}
d[b"key"] += 10
print(d[b"key"], b"other" in d, b"missing" in d, d)
s = {b"one"}
s.add(b"one")
print(s, len(s), hash(b"same") == hash(b"same"))
words = [b"pear", b"apple", b"fig"]
words.sort()
print(words, max(words), words.index(b"fig"), b"apple" in words)
t = (b"a", 1)
print(t == (b"a", 1), {t: "tuple key"}[(b"a", 1)])
