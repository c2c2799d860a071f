xs = [1, 2]
print(1.0 in xs, True in xs, 2.0 in (1, 2), 1 in [1.0])
print(1.0 in {1: "a"}, 1.0 in {1, 2}, True in {1}, 3.0 in {1, 2})
fs = [1.0]
print([1] in [fs], (1,) in [(1.0,)], {1: 1} in [{1: 1.0}])
o = 1 if len(xs) > 0 else "a"
print(o in [2, 3], o in {2: 1}, o in {2}, o in (2, 3), o in [1])
print([2] in [[2.0]], 2 in {"a": 1}.values(), 1 in {"a": 1}.values())
