def mean(xs):
    assert len(xs) > 0, "mean of nothing"
    return sum(xs) / len(xs)


print(mean([1, 2, 3, 4]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
assert mean([2]) == 2
mean([])
