from . import helpers
from .config import NAME, scale

print("app init:", NAME)


def run():
    return helpers.twice(scale(5))
