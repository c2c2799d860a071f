# and/or evaluate lazily and return one of their operands.
def loud(label, value):
    print("eval", label)
    return value


print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "set" or "default", "a" and "b", "" and "b")
print([] or [1], [2] or [1])
print(0.0 or 1.5)
x = loud("a", 0) and loud("b", 1)
print(x)
y = loud("c", 2) or loud("d", 3)
print(y)
z = loud("e", 1) and loud("f", 0) or loud("g", 7)
print(z)
print(not (loud("h", 0) or loud("i", 9)))
name = ""
shown = name or "anonymous"
print(shown)
