class ParseError(Exception):
    pass


def parse(text):
    if not text.isdigit():
        raise ParseError(f"not a number: {text!r}")
    return int(text)


def total(items):
    return sum(parse(t) for t in items)


print(total(["1", "2"]))
print(total(["3", "x4"]))
print("never")
