# + and * on strings.
a = "foo"
b = "bar"
print(a + b, a + " " + b, "" + a + "")
print(a * 3, "-" * 20, "ab" * 0, "ab" * -2, 3 * "xy")
line = ""
for i in range(5):
    line = line + str(i) + ","
print(line)
print(len("ab" * 1000))
s = "é" * 3 + "😀" * 2
print(s, len(s))
