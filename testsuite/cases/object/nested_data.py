# Nested data of mixed types (a JSON-like dict): subscripts, iteration, unpacking and `in` on
# boxed lists, tuples, strs and dicts, with CPython's KeyError at the end.
data = {"name": "widget", "tags": ["a", "b", "c"], "size": 3, "dims": (2, 4.5), "meta": {"x": 1, "y": 2}}
print(data["name"], data["tags"], data["size"] + 1)
for t in data["tags"]:
    print("tag", t)
print(data["tags"][1], data["tags"][-1], data["dims"][1] * 2)
w, h = data["dims"]
print(w, h)
print("b" in data["tags"], "z" in data["tags"], "x" in data["meta"], "idg" in data["name"])
for k in data["meta"]:
    print(k, data["meta"][k])
for k, v in [("x", 1), ("y", 2)]:
    print(k, v)
for ch in data["name"]:
    print(ch, end=" ")
print()
for key in data:
    print(key, len(str(data[key])))
rows = [1, "two", [3, 4], (5, 6), {7: 8}]
for r in rows:
    if isinstance(r, list) or isinstance(r, tuple):
        for x in r:
            print("item", x)
vals = {1: "one", 2.5: "two and a half", "k": 3}
print(vals[1.0], vals[2.5], vals["k"])
print(data["meta"]["z"])
