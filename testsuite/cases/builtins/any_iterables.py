# any() and all() over every kind of iterable.
xs = [1, 2, 3, 4, 5]
print(any([0, 0, 1]), any([]), all([]), all([1, 2, 0]))
print(any("abc"), any(""), all(""), all("a"))
print(any((0, 0)), all((1, 1)), any(()), all(()))
print(any({0: "a", 1: "b"}), all({0: "a", 1: "b"}), any({}))
print(any({0, 0.0}), all({1, 2}), any(set()), all(frozenset([1, 0])))
d = {"a": 1, "b": 0}
print(all(d.values()), any(d.values()), any(d.keys()), all(d.items()))
print(any(range(0)), any(range(3)), all(range(3)), all(range(1, 4)), any(range(10, 0, -3)))
print(any(enumerate(xs)), any(zip(xs, xs)), any(zip([], xs)))
print(any(reversed(xs)), all(reversed([1, 0])))
print(any([[], [1]]), all([[], [1]]), any([0.0, 0.0]), any(["", "x"]), all([None, 1]))
print(any(b"\x00\x00"), any(b"\x00\x01"), all(bytearray(b"ab")))
data = {"tags": [0, "", "x"], "name": "n"}
print(any(data["tags"]), all(data["tags"]))
mixed = [1, "a", None]
print(any(mixed), all(mixed))
