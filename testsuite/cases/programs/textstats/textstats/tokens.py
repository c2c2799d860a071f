def words(text):
    word = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def sentences(text):
    start = 0
    for i, ch in enumerate(text):
        if ch in ".!?":
            s = text[start:i + 1].strip()
            if s:
                yield s
            start = i + 1
    tail = text[start:].strip()
    if tail:
        yield tail
