# Indexing counts code points, not bytes.
s = "héllo wörld"
print(len(s), s[0], s[1], s[4], s[-1], s[-4], s[7])
j = "日本語のテキスト"
print(len(j), j[0], j[2], j[-1])
e = "a😀b€c"
print(len(e), e[1], e[2], e[3], e[-1])
i = 0
out = ""
while i < len(e):
    out = out + "[" + e[i] + "]"
    i += 1
print(out)
for ch in "ñü":
    print(ch, ord(ch))
print("abc"[0] + "abc"[-1])
