# The `math` module of compiled programs: constants, and functions over the C library's (what
# CPython's `math` calls) through the runtime's primitives `__mesapy_fmath(op, x)` and
# `__mesapy_fmath2(op, x, y)`, with CPython's errors.

pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float("inf")
nan = float("nan")


def _domain(ok):
    if not ok:
        raise ValueError("math domain error")


def sqrt(x):
    _domain(x >= 0)
    return __mesapy_fmath(0, float(x))


def exp(x):
    r = __mesapy_fmath(1, float(x))
    if r == inf and x != inf:
        raise OverflowError("math range error")
    return r


def log(x, base=None):
    _domain(x > 0)
    r = __mesapy_fmath(2, float(x))
    if base is None:
        return r
    _domain(base > 0 and base != 1)
    return r / __mesapy_fmath(2, float(base))


def log10(x):
    _domain(x > 0)
    return __mesapy_fmath(9, float(x))


def log2(x):
    _domain(x > 0)
    return __mesapy_fmath(10, float(x))


def sin(x):
    return __mesapy_fmath(3, float(x))


def cos(x):
    return __mesapy_fmath(4, float(x))


def tan(x):
    return __mesapy_fmath(5, float(x))


def atan(x):
    return __mesapy_fmath(11, float(x))


def asin(x):
    _domain(-1 <= x <= 1)
    return __mesapy_fmath(12, float(x))


def acos(x):
    _domain(-1 <= x <= 1)
    return __mesapy_fmath(13, float(x))


def atan2(y, x):
    return __mesapy_fmath2(1, float(y), float(x))


def hypot(x, y):
    return __mesapy_fmath2(2, float(x), float(y))


def pow(x, y):
    return __mesapy_fmath2(0, float(x), float(y))


def fmod(x, y):
    _domain(y != 0)
    return __mesapy_fmath2(3, float(x), float(y))


def fabs(x):
    return __mesapy_fmath(8, float(x))


def floor(x):
    if isinstance(x, int):
        return x
    return int(__mesapy_fmath(6, float(x)))


def ceil(x):
    if isinstance(x, int):
        return x
    return int(__mesapy_fmath(7, float(x)))


def trunc(x):
    return int(x)


def degrees(x):
    return float(x) * 180.0 / pi


def radians(x):
    return float(x) * pi / 180.0


def isnan(x):
    return x != x


def isinf(x):
    return x == inf or x == -inf


def isfinite(x):
    return not isnan(x) and not isinf(x)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    if a == b:
        return True
    diff = abs(a - b)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)


def factorial(n):
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def comb(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def perm(n, k):
    if k < 0 or k > n:
        return 0
    result = 1
    for i in range(n - k + 1, n + 1):
        result *= i
    return result


def prod(xs, start=1):
    result = start
    for x in xs:
        result *= x
    return result

