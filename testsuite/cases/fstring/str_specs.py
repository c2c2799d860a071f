# Format specs for strings: width, alignment, fill and precision.
s = "word"
print(f"[{s:>10}] [{s:<10}] [{s:^10}] [{s:*^11}] [{s:.2}] [{s:>8.3}] [{s:2}]")
u = "ñandú"
print(f"[{u:>8}] [{u:-<8}] [{u:.3}]")
for w in ["a", "bb", "ccc"]:
    print(f"|{w:^5}|{w:>5}|{w:<5}|")
