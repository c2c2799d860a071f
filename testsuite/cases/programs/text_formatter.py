# A small text formatter: wraps paragraphs to a width, justifies them, and numbers the lines.
TEXT = """Python is a programming language that lets you work quickly and integrate systems
more effectively. It is used for web development, data analysis, scripting, and much more.

Compilers translate programs written in one language into another. An ahead-of-time compiler
does this before the program runs, so that the result starts fast and needs no interpreter.

Short."""


def split_paragraphs(text):
    paras = []
    current = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped == "":
            if current:
                paras.append(" ".join(current))
                current = []
        else:
            current.append(stripped)
    if current:
        paras.append(" ".join(current))
    return paras


def wrap(para, width):
    lines = []
    line = ""
    for word in para.split():
        if line == "":
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + " " + word
        else:
            lines.append(line)
            line = word
    if line != "":
        lines.append(line)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    letters = 0
    for w in words:
        letters += len(w)
    spaces = width - letters
    out = ""
    for i in range(len(words)):
        out += words[i]
        if i < gaps:
            n = spaces // gaps
            if i < spaces % gaps:
                n += 1
            out += " " * n
    return out


def render(text, width, numbered):
    paras = split_paragraphs(text)
    number = 1
    for p in range(len(paras)):
        lines = wrap(paras[p], width)
        for k in range(len(lines)):
            if k == len(lines) - 1:
                body = lines[k].ljust(width)
            else:
                body = justify(lines[k], width)
            if numbered:
                print(f"{number:3d} |{body}|")
            else:
                print(f"|{body}|")
            number += 1
        if p < len(paras) - 1:
            print()


render(TEXT, 40, True)
print("=" * 44)
render(TEXT, 25, False)
words = TEXT.split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(len(words), "words; longest:", longest)
