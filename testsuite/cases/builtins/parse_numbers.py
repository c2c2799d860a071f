# int() and float() parse strings with whitespace, signs and underscores.
for s in ["0", "42", "-42", "+42", "  7  ", "1_000", "007", "\t-5\n", "99999999999999999999999"]:
    print(repr(s), int(s))
for s in ["0", "1.5", "-1.5", "1e3", "1E-3", ".25", "3.", "  -0.0  ", "1_0.5", "inf", "-Infinity", "nan"]:
    print(repr(s), float(s))
total = 0
for part in "10 20 30 -5".split():
    total += int(part)
print(total)
