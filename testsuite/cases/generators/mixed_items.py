def ints():
    yield 1
    yield 2

def strs():
    yield "a"
    yield None

for g in [ints(), strs()]:
    for x in g:
        print(x, type(x).__name__)
mixed = ints() if len("ab") > 1 else strs()
print(list(mixed))
