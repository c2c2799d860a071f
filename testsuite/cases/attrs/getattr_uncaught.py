class Settings:
    def __init__(self):
        self.debug = False
        self.level = 3


def option(s, name):
    return getattr(s, name)


s = Settings()
for n in ["debug", "level", "verbose"]:
    print(n, option(s, n))
