# find, index and count.
s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("xyz"), s.find(""), s.find("a", 100))
print(s.index("cad"), s.index("a", 1), s.index("abra", 1))
print(s.count("a"), s.count("bra"), s.count("z"), s.count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1))
u = "héllo héllo"
print(u.find("llo"), u.index("é", 2), u.count("é"))
print("abcabc".find("c", 3, 6), "abcabc".count("b", 0, 3))
