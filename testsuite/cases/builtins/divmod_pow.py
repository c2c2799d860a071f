# divmod and pow on ints and floats.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2.0), divmod(1.0, 0.1))
print(pow(2, 10), pow(2, 100), pow(-2, 3), pow(2.0, 0.5), pow(2, 0.5), pow(9.0, 2))
print(pow(3, 4, 5), pow(-7, 3, 10), pow(10, 20, 7))
print(pow(2.0, -2), pow(0, 0), pow(0.0, 0.0))
