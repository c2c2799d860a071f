class StatsError(Exception):
    """Base class for the package's errors."""


class EmptyInput(StatsError):
    def __init__(self, source):
        super().__init__(f"no text in {source}")
        self.source = source
