# A small REPL over stdin: one expression per line, errors reported, totals at the end.
def evaluate(tokens):
    a, op, b = tokens
    x, y = float(a), float(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return x / y
    raise ValueError(f"unknown operator {op!r}")


results = []
while True:
    try:
        line = input("> ")
    except EOFError:
        print()
        break
    tokens = line.split()
    if not tokens:
        continue
    if tokens == ["quit"]:
        break
    try:
        value = evaluate(tokens)
    except ZeroDivisionError:
        print("error: division by zero")
    except ValueError as e:
        print("error:", e)
    else:
        results.append(value)
        print(value)
print("results:", results, "sum:", sum(results))
