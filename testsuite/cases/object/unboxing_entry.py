def square(n):
    return n * n

def half(x):
    return x / 2

def shout(s, times):
    return (s + "!") * times

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def pick(flag):
    return "yes" if flag else "no"

def div(a, b):
    return a // b

print(square(3), half(1.0), shout("a", 2), fact(5), pick(True), div(7, 2))
values = [4, 2.5, "x", True, None, 10 ** 20, -3]
for v in values:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        print(square(v), half(v))
    if isinstance(v, int):
        print(fact(v) if not isinstance(v, bool) and v < 30 else pick(v))
    if isinstance(v, str):
        print(shout(v, 3))
mixed = [1, "b"]
for m in mixed:
    try:
        print(square(m))
    except TypeError as e:
        print("TypeError:", e)
for d in [2, 0]:
    print(div(10, d))
