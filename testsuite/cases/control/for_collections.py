# for over strings and lists; the loop variable keeps its last value.
for ch in "héllo":
    print(ch, end=" ")
print()
for w in ["one", "two"]:
    for ch in w:
        print(ch.upper(), end="")
    print()
last = 0
for last in [3, 1, 4]:
    pass
print(last)
for i in range(3):
    pass
print(i)
