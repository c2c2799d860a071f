record = ("ann", 31, 1.75, True, None)
for field in record:
    print(field, type(field).__name__)
print(list(record), sum((1, 2.5, True)))
for i, x in enumerate((1, "two", [3])):
    print(i, x)
