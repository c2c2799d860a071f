# round() rounds half to even; with ndigits it works on the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, 2), round(1234.5678, 1), round(1234.5678, 0), round(1234.5678, -2))
print(round(-1234.5678, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(-7))
print(round(2.4999999), round(2.5000001))
print(round(1e20), round(-3.7), round(3.7))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
vals = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55]
for v in vals:
    print(v, round(v, 1))
