import errors
from errors import NotFound, find

for name in ["apple", "plum", "pear"]:
    try:
        print(name, find(name))
    except NotFound as e:
        print("missing", e.name, "|", e, "|", isinstance(e, errors.AppError))
    finally:
        print("checked", name)

try:
    errors.find("fig")
except errors.AppError as e:
    print("as AppError:", repr(e), type(e).__name__)
