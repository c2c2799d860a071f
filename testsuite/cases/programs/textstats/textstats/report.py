from . import tokens
from .errors import EmptyInput


class Report:
    def __init__(self, name, text):
        if not text.strip():
            raise EmptyInput(name)
        self.name = name
        self.text = text

    def counts(self):
        freq = {}
        for w in tokens.words(self.text):
            freq[w] = freq.get(w, 0) + 1
        return freq

    def top(self, n):
        freq = self.counts()
        return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def lines(self):
        yield f"== {self.name} =="
        yield f"sentences: {sum(1 for _ in tokens.sentences(self.text))}"
        for word, count in self.top(3):
            yield f"{word:<8}{count:>3}"
