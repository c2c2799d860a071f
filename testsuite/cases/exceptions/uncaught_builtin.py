def lookup(table, key):
    return table[key]


def report(table):
    for k in ["x", "y"]:
        print(k, lookup(table, k))


try:
    report({"x": 1})
except KeyError:
    print("first time caught")
report({"x": 1})
