def area(w, h):
    return w * h


def volume(w, d, h=1):
    return w * d * h


def total(*xs):
    return sum(xs)


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h
