# str.index of a substring that is not there.
s = "haystack"
print(s.index("st"))
print(s.index("needle"))
