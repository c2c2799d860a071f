# Lambdas are not in the first slice.
double = lambda v: v * 2
print(double(4))
