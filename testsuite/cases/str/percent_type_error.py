# `%d` with a str argument raises CPython's TypeError after the earlier fields printed fine.
def row(name: str, qty: str) -> str:
    return "%-6s %4d" % (name, qty)


print("%-6s %4d" % ("pears", 4))
print(row("plums", "7"))
