# split with and without a separator, and join.
print("a b  c\td\n".split())
print("a,b,,c".split(","))
print("a, b, c".split(", "))
print("".split(), "".split(","), "   ".split())
print("one two three four".split(" ", 2))
print("k=v=w".split("=", 1))
parts = "2024-01-15".split("-")
print(parts, len(parts))
print("-".join(parts), "".join(parts), ", ".join(["x", "y", "z"]), "|".join([]))
words = []
for w in "the quick brown fox".split():
    words.append(w.upper())
print(" ".join(words))
print("é ü".split(" "))
