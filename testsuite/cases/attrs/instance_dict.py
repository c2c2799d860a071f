class Record:
    kind = "record"

    def __init__(self, ident):
        self.ident = ident

    def describe(self):
        return f"{self.kind} {self.ident}: {self.title}"


class Book(Record):
    kind = "book"

    def __init__(self, ident, pages):
        super().__init__(ident)
        self.pages = pages


b = Book(7, 320)
fields = {"title": "Dune", "author": "Herbert", "year": 1965}
for k, v in fields.items():
    setattr(b, k, v)
print(b.describe())
print(b.title, b.author, b.year)
print(vars(b))
print(b.__dict__)
b.__dict__["rating"] = 4.5
print(b.rating, "rating" in vars(b))
del b.__dict__["rating"]
print(hasattr(b, "rating"))
del b.author
print(sorted(vars(b)))
r = Record(1)
try:
    print(r.describe())
except AttributeError as e:
    print("AttributeError:", e)
setattr(r, "title", "untitled")
print(r.describe())
d = vars(r)
print(len(d), list(d.keys()), list(d.values()))
