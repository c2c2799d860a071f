from ..helpers import twice
from .. import config


def compute(n):
    return twice(n) + config.scale(n)
