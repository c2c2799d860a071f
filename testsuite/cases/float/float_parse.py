# float() parsing of the forms Python accepts.
print(float("3.14"))
print(float("  -2.5e3  "))
print(float("1E-3"), float("+1.5"), float(".5"), float("5."), float("-0"))
print(float("1_000.5"), float("1e400"), float("-1e400"))
print(float("inf"), float("-inf"), float("nan"), float("  InFiNiTy "))
print(float("0.1") + float("0.2"))
print(float("123456789012345678901234567890"))
print(float("4.9e-324"), float("2.2250738585072014e-308"))
vals = ["1", "2.5", "-3.75", "1e2", "007.50"]
total = 0.0
for v in vals:
    total += float(v)
print(total)
