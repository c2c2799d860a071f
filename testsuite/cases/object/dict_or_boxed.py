m = {"a": 1, "b": "x"}
other = {"c": 2}
print(m | other)
print(other | m)
n = m | other
n |= {"z": 3.5}
print(n)
other2 = {"q": 7}
m |= other2
print(m, other2)
