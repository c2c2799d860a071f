class Lazy:
    def load(self):
        self.ratio = 0.5
        self.ready = True
        self.count = None
        self.nothing = None

    def bump(self):
        self.count = 3


z = Lazy()
for attempt in range(2):
    try:
        print(z.ratio)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(z.ready)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(z.count)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(z.nothing)
    except AttributeError as e:
        print("AttributeError:", e)
    z.load()
z.bump()
print(z.count, z.ratio * 2, z.ready, z.nothing)
