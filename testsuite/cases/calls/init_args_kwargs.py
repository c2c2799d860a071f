# __init__(self, *args, **kwargs) passing everything on to another function.
def record(*args, **kwargs):
    return list(args), dict(kwargs)


class Event:
    def __init__(self, *args, **kwargs):
        self.data = record(*args, **kwargs)

    def __repr__(self):
        return f"Event{self.data}"


print(Event())
print(Event(1, 2))
print(Event(1, kind="click"))
print(Event(**{"x": 1, "y": 2}))
