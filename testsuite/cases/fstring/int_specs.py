# Format specs for ints in f-strings.
for n in [0, 7, 42, 255, -42, 65535, 1000000]:
    print(f"[{n:05d}] [{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:,}] [{n:_}] [{n:>6}] [{n:<6}] [{n:^7}] [{n:+d}]")
big = 2 ** 70
print(f"{big:x} {big:,} {big:b}")
print(f"{-big:x} {-7:b} {-255:#o}")
print(f"{42:08b} {5:#b}")
print(f"{1234:=+8}")
