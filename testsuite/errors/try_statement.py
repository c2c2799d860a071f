# Exception handling is not in the first slice.
n = 0
try:
    n = int("12")
except ValueError:
    n = -1
print(n)
