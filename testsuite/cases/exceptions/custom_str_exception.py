class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


def fetch(path):
    if path != "/":
        raise NotFound(path)
    return "home"


for p in ["/", "/missing"]:
    try:
        print(fetch(p))
    except HttpError as e:
        print("error", e, repr(e), e.args, e.status, getattr(e, "path", None))
fetch("/gone")
