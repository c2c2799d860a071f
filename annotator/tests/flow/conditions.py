def clamp(x, lo=0, hi=10):
    if x < lo or x > hi and not lo == hi:
        return lo if x < lo else hi
    return x

print(clamp(5, hi=3), 0 < clamp(12) <= 10)
