DEFAULT_EXP = 2


def power(base, exp=DEFAULT_EXP):
    return base ** exp


def clamp(v, lo=0, hi=100):
    return max(lo, min(hi, v))


def mean(xs):
    return sum(xs) / len(xs)
