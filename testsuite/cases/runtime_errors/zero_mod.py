# Modulo by zero.
n = 2 ** 70
print(n % 7)
print(n % (n - n))
