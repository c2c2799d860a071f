# An uncaught TypeError: the same keyword from two `**` dicts.
def f(**kw):
    return kw


a = {"x": 1}
b = {"y": 2}
print(f(**a, **b))
b["x"] = 3
print(f(**a, **b))
