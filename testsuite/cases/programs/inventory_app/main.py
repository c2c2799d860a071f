import sys
from inventory import Inventory, OutOfStock, InventoryError


def logged(fn):
    calls = []

    def wrapper(*args):
        calls.append(args[0])
        return fn(*args)

    return wrapper


def parse(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 3:
            raise SyntaxError(f"line {lineno}: expected 3 fields")
        yield lineno, parts[0], parts[1], int(parts[2])


class Session:
    def __init__(self, inv):
        self.inv = inv
        self.errors = 0

    def __enter__(self):
        print("session start")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("session end", "with error" if exc_type else "cleanly", self.errors)
        return exc_type is not None and issubclass_ok(exc_type)


def issubclass_ok(t):
    return t is ValueError


commands = """
# stock up
add apple 5
add pear 2
take apple 3
take pear 5
add plum 0
take apple 2
""".split("\n")

inv = Inventory()
with Session(inv) as s:
    for lineno, op, item, n in parse(commands):
        try:
            if op == "add":
                inv.add(item, n)
            else:
                inv.take(item, n)
        except OutOfStock as e:
            s.errors += 1
            print(f"line {lineno}: out of stock: {e.item} (wanted {e.wanted}, have {e.have})")
        except InventoryError:
            print("other inventory error")
        except ValueError as e:
            s.errors += 1
            print(f"line {lineno}: {e}")
        finally:
            pass

print(list(inv.items()), len(inv))
print([entry for entry in inv.log if entry[0] == "take"])
counter = logged(lambda x: x * 2)
print(counter(3), counter(4))
path = "/tmp/mesapy-app-report.txt"
with open(path, "w") as f:
    for name, n in inv.items():
        print(name, n, sep=",", file=f)
with open(path) as f:
    print(f.read().splitlines())
with Session(inv):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Session(inv):
        raise KeyError("escapes")
except KeyError as e:
    print("escaped", e)
if len(sys.argv) > 5:
    sys.exit(1)
inv.take("pear", 10)
