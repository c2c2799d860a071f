a = [1, 2]
b = [1, "a"]
c = [1, 2.0]
print(a == b, a != b, a == c, b == c)
print(a < c, [1, 1.5] < a)
d1 = {1: 2}
d2 = {1: "x"}
d3 = {1: 2.0}
print(d1 == d2, d1 == d3)
s1 = {1, 2}
s2 = {1, "a"}
s3 = {1.0, 2.0}
print(s1 == s2, s1 == s3, s1 <= s3, {1} <= s2, {1} < s2, s2 > {1}, s2 >= {1, 2})
print(s1 | s2 == {1, 2, "a"})
print(s1 & s3, sorted(s1 - s2))
t1 = (1, 2)
t2 = (1, "a")
print(t1 == t2, (1, 2) < (1, 2.5))
print(a in [b, c], c in [a])
print(1 in s2, "a" in s1)
