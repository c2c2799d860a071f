# Boxed bytes, bytearrays and frozensets: iteration, subscripts, in and isinstance.
items = [b"abc", bytearray(b"xy"), frozenset({1, 2}), 5]
for it in items:
    if not isinstance(it, int):
        for x in it:
            print(x)
print(items[0][1], items[1][-1], 98 in items[0], b"bc" in items[0], 2 in items[2], isinstance(items[2], frozenset), isinstance(items[0], bytes), isinstance(items[1], bytes))
print(items[1][5])
