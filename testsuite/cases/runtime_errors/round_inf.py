# round() of an infinity cannot produce an int.
x = 1e308
print(round(x) > 0)
print(round(x * 10.0))
