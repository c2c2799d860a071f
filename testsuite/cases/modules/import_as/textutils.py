GREETING = "hi there"


def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."


def join_words(words, sep=" "):
    return sep.join(words)


class Counter:
    def __init__(self):
        self.seen = {}

    def add(self, w):
        self.seen[w] = self.seen.get(w, 0) + 1

    def count(self, w):
        return self.seen.get(w, 0)
