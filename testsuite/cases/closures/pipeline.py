# A pipeline of text transformations built from a list of functions.
def strip(s):
    return s.strip()


def lower(s):
    return s.lower()


def run(steps, text):
    for step in steps:
        text = step(text)
    return text


steps = [strip, lower, lambda s: s.replace(" ", "_")]
print(run(steps, "  Hello World  "))
print(run(steps[:2], "  ABC "))
print(run([], "same"))
