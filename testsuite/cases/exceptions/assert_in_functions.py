def divide(a, b):
    assert b != 0, f"cannot divide {a} by zero"
    assert isinstance(a, int)
    return a // b


for a, b in [(10, 2), (7, 0), (9, 3)]:
    try:
        print(divide(a, b))
    except AssertionError as e:
        print("assertion:", e)
try:
    divide("x", 1)
except AssertionError as e:
    print("no message:", repr(e), str(e) == "")
