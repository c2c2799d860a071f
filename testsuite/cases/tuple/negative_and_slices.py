# Negative indices and slices with bounds known at run time.
t = tuple(range(10))
n = len(t)
for i in range(-n, n, 3):
    print(i, t[i])
for a in range(-3, 4, 2):
    print(a, t[a:], t[:a], t[a::2])
k = 2
fixed = (10, 20, 30, 40, 50)
print(fixed[k:], fixed[:k], fixed[::k], fixed[-k:], fixed[k:k + 2])
print(t[1:], t[::-1], t[8:2:-2], t[100:], t[-100:2])
words = ("a", 1, "b", 2.5)
print(words[k:], words[:k])
