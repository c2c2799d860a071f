import sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


c = Collector()
print("hello", "world", file=c)
print(1, 2, 3, sep=", ", end="!\n", file=c)
print(c.parts)
print("".join(c.parts), end="")
sys.stdout.write("direct\n")
