# Counter factories with nonlocal: each counter has its own cell.
def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


a = make_counter(0)
b = make_counter(100)
print(a(), a(), a(10))
print(b(), b(5))
print(a())
