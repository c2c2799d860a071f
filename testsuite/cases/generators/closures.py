def make_counter(limit):
    def gen():
        for i in range(limit):
            yield i * 10
    return gen


g = make_counter(3)
print(list(g()))
def outer():
    total = 0
    def step():
        nonlocal total
        total += 1
        yield total
    for v in step():
        print("v", v)
    return total
print(outer())
