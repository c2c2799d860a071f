# int(), float(), str() and bool() between the first-slice types.
print(int("42"), int(" -17 "), int(3.99), int(-3.99), int(True))
print(float("2.5"), float(3), float("-1e-3"), float(False))
print(str(42), str(-0.5), str(True), str(None), str("s"), str([1.5, 2.0]))
print(bool(0), bool(7), bool(""), bool("no"), bool(0.0), bool([]), bool([0]))
print(int(str(2 ** 100)) == 2 ** 100, float(str(0.1)) == 0.1)
print(int(float("1e15")), str(int("0012")))
print(int(), float(), str(), bool())
