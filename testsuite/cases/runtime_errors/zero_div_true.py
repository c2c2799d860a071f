# True division by an int zero.
total = 10
count = 0
print("before")
print(total / count)
