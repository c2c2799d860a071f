class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"no such item: {name}")
        self.name = name


ITEMS = {"apple": 3, "pear": 5}


def find(name):
    try:
        return ITEMS[name]
    except KeyError:
        raise NotFound(name)
