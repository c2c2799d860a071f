def val(i):
    if i:
        return i
    return None


print(f"{val(4):>5}|{val(0)}|{val(0)!r:>6}|")
print(f"{val(0):>5}")
