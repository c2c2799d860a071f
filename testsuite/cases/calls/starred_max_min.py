# max(*xs) and min(*xs): one argument is iterated, several compared.
xs = [4, 9, 2]
print(max(*xs), min(*xs))
print(max(*[[1, 2], [1, 3]]))
print(max(*["abc"]), min(*["abc"]))
print(max(3, *xs), min(*xs, 1))
words = ["pear", "fig", "apple"]
print(max(*words), min(*words))
for bad in [[5], []]:
    try:
        print(max(*bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    min(*[])
except TypeError as e:
    print("TypeError:", e)
