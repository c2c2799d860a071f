# f-strings with expressions, nested quotes and brace escapes.
name = "Ada"
n = 36
x = 2.5
print(f"{name} is {n} years old")
print(f"{n + 1} {n * 2} {x * 2} {name.upper()} {len(name)}")
print(f"{{braces}} {{{n}}}")
print(f"{'inner'} {name + '!'}")
print(f"{n}{n}{name}")
print(f"{[1, 2, 3]} {(1, 'a')} {None} {True}")
print(f"{n if n > 30 else 0} {name[0]}{name[-1]}")
print(f"")
s = f"{n:d}" + f"{x}"
print(s, len(s))
