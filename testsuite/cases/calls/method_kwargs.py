# Methods with keyword-only parameters and **kwargs.
class Config:
    def __init__(self, name, *, debug=False, **options):
        self.name = name
        self.debug = debug
        self.options = options

    def get(self, key, *, default=None):
        return self.options.get(key, default)

    def update(self, **changes):
        for k, v in changes.items():
            self.options[k] = v
        return len(changes)


c = Config("app", debug=True, level=3, mode=1)
print(c.name, c.debug, c.options)
print(c.get("level"), c.get("missing", default=-1))
print(c.update(level=4, color=7))
print(c.options)
d = Config("plain")
print(d.name, d.debug, d.options)
