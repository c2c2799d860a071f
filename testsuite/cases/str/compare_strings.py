# String comparison is by code point.
words = ["pear", "Apple", "apple", "banana", "Banana", "cherry", "éclair", "zebra", ""]
for a in words:
    line = ""
    for b in words:
        if a < b:
            line += "<"
        elif a == b:
            line += "="
        else:
            line += ">"
    print(line, repr(a))
print(max(words), min(words))
print("abc" < "abcd", "abd" > "abcd", "a" * 3 == "aaa")
