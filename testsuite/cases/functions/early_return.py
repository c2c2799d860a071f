# Functions with several return paths, all returning the same type.
def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    return 0


def grade(score):
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    return "F"


def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return 0


print(sign(5), sign(-3), sign(0))
for s in [95, 85, 75, 10]:
    print(s, grade(s))
print(first_negative([3, 4, -2, -8]), first_negative([1, 2]))
