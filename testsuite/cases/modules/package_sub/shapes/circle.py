print("loading", __name__)


def area(r):
    return 3 * r * r
