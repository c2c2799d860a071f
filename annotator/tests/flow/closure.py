def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c = make_counter(0)
print(c(), c(2))
