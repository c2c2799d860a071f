print("loading", __name__)


def area(s):
    return s * s


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return area(self.side)
