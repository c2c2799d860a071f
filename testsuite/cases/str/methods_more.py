# rsplit, partition, case mappings, expandtabs, the remaining predicates, removeprefix and
# removesuffix, and str.format with keyword fields.
def show(parts: list[str]) -> None:
    print(len(parts), parts)


show("  a  b  c  ".rsplit())
show("  a  b  c  ".rsplit(None, 1))
show("a,b,,c".rsplit(",", 2))
show("a,b,c".rsplit(sep=",", maxsplit=1))
show("one two three".rsplit(maxsplit=1))
show("aaa".rsplit("aa"))
show("".rsplit())
show("x\u3000y\u2029z".rsplit())

path = "/usr/local/lib/python3.11/site.py"
head, sep, tail = path.rpartition("/")
print(repr(head), repr(sep), repr(tail))
print("key=value=more".partition("="))
print("no separator".partition("="), "no separator".rpartition("="))
for line in ["name: Ada", "age: 36", "bare"]:
    k, found, v = line.partition(": ")
    if found:
        print(k.upper(), "->", v)
    else:
        print("no field in", repr(line))

words = ["hello world", "HELLO WORLD", "hELLO wORLD", "they're bill's friends", "2nd place", "o'neil-smith",
         "straße", "ǆungla", "ﬁnal ﬂight", "ΣΊΣΥΦΟΣ ΣΑΣ", "ǈ ǉ Ǉ", "ŉ ǰ", "i̇stanbul", ""]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("Straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ß".title(), "ﬃ".upper())

print(repr("a\tbc\tdef\tg".expandtabs()))
print(repr("a\tbc\tdef\tg".expandtabs(4)), repr("a\tb".expandtabs(tabsize=1)))
print(repr("x\ty\n\tz\r\tw".expandtabs(3)), repr("é\tx".expandtabs(2)), repr("a\tb".expandtabs(0)))

samples = ["123", "١٢٣", "²", "½", "Ⅻ", "一二", "3.5", "", "Title Case", "Not title", "ǅungla", "A1 B2",
           "_private", "1abc", "naïve", "x-y", "class", "ascii", "é", "\x7f"]
for t in samples:
    print(repr(t), t.isdecimal(), t.isdigit(), t.isnumeric(), t.istitle(), t.isidentifier(), t.isascii())

print("test_case.py".removeprefix("test_"), "test_case.py".removesuffix(".py"))
print("abc".removeprefix("x"), "abc".removesuffix(""), "abc".removeprefix("abc") == "")

print("{name} is {age} years old".format(name="Ada", age=36))
print("{0}/{total} {unit}".format(3, total=10, unit="steps"))
print("{}, {greeting}! {}".format("Bob", "bye", greeting="hello"))
print("{x:>6.2f}|{label:*^9}|{n:#x}".format(x=3.14159, label="mid", n=255))
print("{v!r} {v}".format(v="quoted"))
print("{w:{width}}|".format(w="pad", width=7))

leet = {ord("a"): "4", ord("e"): "3", ord("o"): "0"}
print("hello world, a toast".translate(leet))
rot = {}
for ch in "abcdefghijklmnopqrstuvwxyz":
    rot[ord(ch)] = ord("a") + (ord(ch) - ord("a") + 13) % 26
print("hello, world".translate(rot), "uryyb".translate(rot).translate(rot))
no_vowels = {ord(v): None for v in "aeiouAEIOU"}
print("Programming In Python".translate(no_vowels), "".translate(no_vowels))
