# int() of a string that is not a number.
words = ["12", "-3", "abc"]
total = 0
for w in words:
    total += int(w)
    print("running total", total)
