# Conversions from float to int truncate toward zero.
print(int(2.9), int(-2.9), int(0.0), int(-0.0))
print(int(1e20), int(-1e20), int(1.5e300) // 10 ** 290)
print(int(123456789.987))
print(round(2.9), round(-2.9))
print(int(2 ** 0.5 * 1000))
f = 7.0
n = int(f)
print(n + 1, f + 1)
print(int(float(2 ** 70)) == 2 ** 70)
print(int(float("12.75")))
