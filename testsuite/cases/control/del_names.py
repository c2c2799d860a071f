def f(items):
    tmp = list(items)
    total = sum(tmp)
    del tmp
    try:
        print(tmp)
    except UnboundLocalError as e:
        print("local:", e)
    del items
    try:
        print(items)
    except NameError as e:
        print("param:", type(e).__name__, e)
    return total

print(f([1, 2, 3]))
cache = {"a": 1}
del cache
try:
    print(cache)
except NameError as e:
    print("global:", e)
x = 5
del x
x = "back"
print(x)
try:
    del missing_name
except NameError as e:
    print(e)
