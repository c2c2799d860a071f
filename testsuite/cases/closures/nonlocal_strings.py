# nonlocal on strings and lists; an inner function rebinding the variable.
def builder():
    text = ""
    parts = []

    def add(s):
        nonlocal text
        text = text + s
        parts.append(s)

    add("a")
    add("bc")
    add("def")
    return text, parts


print(builder())


def toggler():
    state = False

    def flip():
        nonlocal state
        state = not state
        return state

    return flip


t = toggler()
print(t(), t(), t())
