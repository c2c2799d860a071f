# A tuple display of more than 64 fields mixing floats and references is boxed, so the
# collector can tell its references (the ref mask has one bit for the fields from 63 on).
t = (1.5,) * 1 + tuple(str(i) for i in range(2))
big = (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, 21.5, 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, 28.5, 29.5, 30.5, 31.5, 32.5, 33.5, 34.5, 35.5, 36.5, 37.5, 38.5, 39.5, 40.5, 41.5, 42.5, 43.5, 44.5, 45.5, 46.5, 47.5, 48.5, 49.5, 50.5, 51.5, 52.5, 53.5, 54.5, 55.5, 56.5, 57.5, 58.5, 59.5, 60.5, 61.5, 62.5, 63.5, "s" * 3, 65.5, str(66))
junk = [[str(i)] for i in range(100000)]
print(big[64], big[66], big[63], len(big), t)
