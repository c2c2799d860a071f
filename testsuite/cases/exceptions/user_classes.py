# User exception classes: args, str, repr, extra attributes, matching by base class.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason


class Quiet(AppError):
    def __init__(self, code):
        self.code = code


class Plain(ValueError):
    pass


def fail(kind):
    if kind == 0:
        raise AppError("generic failure", 7)
    if kind == 1:
        raise ConfigError("port", "not a number")
    if kind == 2:
        raise Quiet(3)
    if kind == 3:
        raise Plain
    return "fine"


for kind in range(5):
    try:
        print(fail(kind))
    except ConfigError as e:
        print("config", e.key, "|", e.reason, "|", e, "|", e.args)
    except Quiet as e:
        print("quiet", e.code, e.args, str(e))
    except AppError as e:
        print("app", e, repr(e), e.args, isinstance(e, Exception))
    except ValueError as e:
        print("value", repr(e), str(e) == "", type(e).__name__, isinstance(e, Plain))

e = ConfigError("host", "empty")
print(repr(e), isinstance(e, AppError), isinstance(e, ValueError))
print(ValueError("a", 1), repr(KeyError("k")), str(KeyError("k")), repr(Exception()))
