# if / elif / else chains.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind


for n in [-5, 0, 4, 7]:
    print(n, classify(n))
x = 15
if x > 10:
    if x > 20:
        print("big")
    else:
        print("medium")
if x == 3:
    print("three")
elif x == 15:
    print("fifteen")
