# !r and !s conversions, alone and with specs.
s = "hi there"
q = "it's"
n = 42
x = 0.1
print(f"{s!r} {s!s} {s}")
print(f"{q!r} {n!r} {x!r}")
print(f"[{s!r:>14}] [{s!r:<14}]")
xs = ["a", "b"]
print(f"{xs} {xs!r}")
t = ("k", 1)
print(f"{t}")
u = "é\t"
print(f"{u!r}")
