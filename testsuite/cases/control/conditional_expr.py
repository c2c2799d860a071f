# Conditional expressions, nested and inside other expressions.
def label(n):
    return "many" if n > 2 else "two" if n == 2 else "one" if n == 1 else "none"


for i in range(5):
    print(i, label(i))
x = 7
print("odd" if x % 2 else "even", (x if x > 5 else 5) * 2)
y = -3.5
absy = y if y >= 0 else -y
print(absy)
xs = [1, 2, 3]
print(xs[0] if xs else -1)
