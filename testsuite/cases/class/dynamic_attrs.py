# getattr/setattr/hasattr with literal names resolve to the fields at compile time;
# getattr with a default returns it when the attribute is missing or not assigned yet.
class Config:
    mode = "fast"

    def __init__(self, name):
        self.name = name
        if name == "full":
            self.level = 3

    @property
    def shout(self):
        return self.name.upper()

    def describe(self):
        return f"{self.name}/{self.mode}"


a = Config("lite")
b = Config("full")
print(getattr(a, "name"), getattr(b, "level"), getattr(a, "mode"), getattr(b, "shout"))
print(hasattr(a, "name"), hasattr(a, "level"), hasattr(b, "level"), hasattr(a, "mode"))
print(hasattr(a, "describe"), hasattr(a, "shout"), hasattr(a, "missing"))
print(getattr(a, "level", -1), getattr(b, "level", -1), getattr(a, "name", "?"))
setattr(a, "level", 7)
setattr(b, "name", "renamed")
print(a.level, getattr(a, "level", 0), hasattr(a, "level"), b.name, b.describe())
total = 0
for c in [Config("full"), Config("x"), Config("full")]:
    total += getattr(c, "level", 100)
print(total)
print(getattr(a, "zz"))
