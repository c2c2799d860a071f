# else clauses on for and while run when the loop was not broken.
def first_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")


for n in [7, 12, 97, 91]:
    first_factor(n)
k = 0
while k < 3:
    k += 1
else:
    print("while finished at", k)
while True:
    break
else:
    print("never printed")
for x in []:
    print("empty")
else:
    print("else of empty loop")
