NAME = "demo"


def scale(x):
    return x * 10
