class Config:
    def __init__(self, name):
        self.name = name

    def show(self):
        for k, v in vars(self).items():
            print(f"{k} = {v!r}")


def make(name, **opts):
    c = Config(name)
    c.__dict__.update(opts)
    return c


c = make("app", debug=True, level=3, path="/tmp")
c.show()
print(c.level + 1, c.debug)
