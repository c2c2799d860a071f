def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError(f"missing setting {key}")


print(load({"a": 1}, "a"))
load({"a": 1}, "b")
