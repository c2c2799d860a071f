class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, *parts):
        self.lines.append(self.prefix + " ".join(str(p) for p in parts))
        return len(parts)

    def both(self, first, *rest):
        return (first, rest)


lg = Logger("> ")
print(lg.log("a", 1, 2.5), lg.log(), lg.log("only"))
print(lg.lines)
print(lg.both(1), lg.both(1, 2, 3))
