def f(x):
    result = []
    try:
        result.append("try")
        if x:
            raise ValueError("v")
        return result
    except ValueError:
        result.append("except")
        return result
    finally:
        result.append("finally")


print(f(False))
print(f(True))


def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i


print(g())
