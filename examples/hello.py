def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best, best_n = 0, 0
for n in range(1, 100000):
    s = collatz_steps(n)
    if s > best:
        best, best_n = s, n
print(f"Hello from mesapyc! The longest Collatz chain below 100000 starts at {best_n} ({best} steps).")
print("2 ** 100 =", 2 ** 100)
