# isdigit and isalpha on ASCII, non-ASCII and empty strings.
tests = ["123", "12a", "abc", "ABCdef", "", " ", "é", "ñandú", "٣", "½", "a1", "3.14", "-5", "日本"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha())
digits = 0
letters = 0
for ch in "Hello, World 2024!":
    if ch.isdigit():
        digits += 1
    elif ch.isalpha():
        letters += 1
print(digits, letters)
