# Newton's method for square roots, printed with format specs.
def sqrt(x):
    if x == 0.0:
        return 0.0
    guess = x
    for _ in range(60):
        guess = (guess + x / guess) / 2.0
    return guess


for n in [2.0, 3.0, 10.0, 0.25, 1e10, 12345.678]:
    r = sqrt(n)
    print(n, r, f"{r:.6f}", r * r)
print(sqrt(2.0) == 2.0 ** 0.5)
print(sqrt(16.0), sqrt(0.0))
