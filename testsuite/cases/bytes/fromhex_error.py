# fromhex reports where it found a non-hex digit.
print(bytes.fromhex("0a 0b"))
print(bytes.fromhex("0a 0 b"))
