# chr() of a code point out of range.
print(chr(65), chr(1114111) == "\U0010ffff")
print(chr(1114112))
