# A hand-made functools.partial: a closure over fixed arguments.
def partial(f, *fixed, **fixed_kw):
    def applied(*args, **kwargs):
        merged = dict(fixed_kw)
        merged.update(kwargs)
        return f(*(fixed + args), **merged)
    return applied


def volume(l, w, h, *, unit="m3"):
    return f"{l * w * h} {unit}"


by_two = partial(volume, 2)
print(by_two(3, 4))
print(by_two(3, 4, unit="cm3"))
in_feet = partial(volume, 1, unit="ft3")
print(in_feet(2, 3))
print(in_feet(2, 5))
print(in_feet(2, 2, unit="yd3"))
