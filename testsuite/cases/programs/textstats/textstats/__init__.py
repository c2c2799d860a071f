from .errors import StatsError, EmptyInput
from .tokens import words, sentences

VERSION = "1.2"
