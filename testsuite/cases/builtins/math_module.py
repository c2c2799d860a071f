import math
from math import sqrt, pi

print(math.sqrt(16), sqrt(2), pi, math.e, math.tau)
print(math.floor(3.7), math.ceil(3.2), math.floor(-2.5), math.ceil(-2.5), math.floor(7), math.trunc(-3.9))
print(math.sin(math.pi / 6), math.cos(0), math.tan(1.0), math.atan2(1, 1), math.hypot(3, 4))
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20), math.isqrt(10 ** 20 + 5), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.fabs(-2), math.degrees(math.pi), math.radians(180))
print(math.pow(2, 10), math.fmod(7.5, 2), math.prod([1, 2, 3, 4]))
for bad in [-1.0, 0.0]:
    try:
        print(math.log(bad))
    except ValueError as e:
        print("log:", e)
try:
    math.sqrt(-4)
except ValueError as e:
    print("sqrt:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp:", e)
print(math.factorial(5) * 2, [round(math.sqrt(i), 3) for i in range(5)])
