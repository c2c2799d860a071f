def words(s):
    if s:
        return s.split()
    return None


for w in words("a b"):
    print(w)
for w in words(""):
    print(w)
