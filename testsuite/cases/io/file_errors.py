def load(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as e:
        print("not found:", e)
        return ""
    except IsADirectoryError as e:
        print("directory:", e)
        return ""


print(repr(load("/nonexistent/config.ini")))
print(repr(load("/tmp")))
try:
    open("/nonexistent/x")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
open("missing-data.csv")
