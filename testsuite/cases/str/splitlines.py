# str.splitlines with every line boundary CPython knows, with and without keepends.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
lines = text.splitlines()
print(len(lines), lines)
kept = text.splitlines(True)
print(len(kept), kept)
print(text.splitlines(keepends=True) == kept, "".join(kept) == text)

for s in ["", "\n", "\n\n", "a\n", "a\r\n\r\nb", "\r\n\n\r", "no breaks", "tab\tis not a break", "trailing\r"]:
    print(repr(s), s.splitlines(), s.splitlines(keepends=True))

# Not boundaries: split("\n") differs from splitlines() on these.
print("a\x1fb\u2027c".splitlines(), "a\r\nb".split("\n"))

# A small report parsed line by line.
report = """name,score
ada,93
bob,78

cy,85
"""
total = 0
count = 0
for row in report.splitlines()[1:]:
    if not row:
        continue
    name, _, score = row.partition(",")
    total += int(score)
    count += 1
    print(name.title().ljust(5), score.rjust(4))
print("average", total / count)
