class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, exc_type.__name__, exc, exc_type is KeyError, exc_type == KeyError, exc_type != ValueError)
        return self.swallow


with Managed("a") as m:
    print("inside", m.name)

with Managed("b", True):
    raise KeyError("k")
print("after b")

try:
    with Managed("c"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


def early(n):
    for i in range(n):
        with Managed(f"loop{i}"):
            if i == 1:
                return "returned"
            if i == 0:
                continue
    return "end"


print(early(3))
with Managed("x") as x, Managed("y") as y:
    print(x.name, y.name)
