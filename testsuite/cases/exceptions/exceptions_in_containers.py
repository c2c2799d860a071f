failures = []
for text in ["1", "x", "3", "", "5.5"]:
    try:
        failures.append((text, int(text)))
    except ValueError as e:
        failures.append((text, e))
for text, outcome in failures:
    print(repr(text), type(outcome).__name__, outcome)
by_type = {}
for _, outcome in failures:
    name = type(outcome).__name__
    by_type[name] = by_type.get(name, 0) + 1
print(by_type)
