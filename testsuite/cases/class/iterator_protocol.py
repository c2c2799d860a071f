# User iterators: __iter__ and __next__ drive `for`, comprehensions, list() and `in`;
# `raise StopIteration` in __next__ ends the loop.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Sentence:
    def __init__(self, text):
        self.words = text.split()

    def __iter__(self):
        return WordIterator(self.words)


class WordIterator:
    def __init__(self, words):
        self.words = words
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration()
        word = self.words[self.i]
        self.i += 1
        return word.capitalize()


class Empty:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


for k in Countdown(3):
    print("countdown", k)
s = Sentence("the quick brown fox")
for w in s:
    print(w, end=" ")
print()
print(list(s), list(Countdown(4)), list(Empty()))
print([len(w) for w in s], {w: len(w) for w in Sentence("a bb")})
for i, w in enumerate(Sentence("x y z"), 1):
    print(i, w)
for n, w in zip(Countdown(10), s):
    print(n, w)
print("Quick" in s, "quick" in s, "Fox" not in s, 2 in Countdown(3), 7 in Countdown(3))
total = 0
for n in Countdown(100):
    if n % 7 == 0:
        continue
    if n < 90:
        break
    total += n
print(total)
for x in Empty():
    print("never")
else:
    print("empty loop done")
it = Countdown(2)
print(it.__next__(), it.__next__())
it.__next__()
