# A closure that raises; the caller catches the exception.
def make_checker(limit):
    def check(v):
        if v > limit:
            raise ValueError(f"{v} is over {limit}")
        return v

    return check


check = make_checker(10)
for v in [3, 12, 7]:
    try:
        print("ok", check(v))
    except ValueError as e:
        print("caught", e)

div = lambda a, b: a // b
try:
    div(1, 0)
except ZeroDivisionError as e:
    print("zero:", e)
