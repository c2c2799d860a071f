# Converting a huge int to float overflows.
big = 2 ** 1023
print(float(big))
print(float(big * 2))
