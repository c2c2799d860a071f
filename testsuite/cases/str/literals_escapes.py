# String literals: quotes, escapes, raw strings, triple quotes, implicit concatenation.
print('single', "double", 'it\'s', "say \"hi\"")
print("tab\there", "new\nline", "back\\slash")
print("\x41\x42\x43", "\u00e9\u00e8", "\U0001F600", "\N{GREEK SMALL LETTER LAMDA}")
print(r"raw \n stays", r"C:\path\to")
print("""triple
quoted "string" with 'quotes'""")
print('''another
one''')
print("adjacent " "literals " 'joined')
print(len("\n"), len(r"\n"), len("\u00e9"), len("\U0001F600"))
print("\0" == "\x00", len("a\0b"))
