# Assigning past the end of a list raises IndexError.
xs = [0] * 4
for i in range(4):
    xs[i] = i * i
print(xs)
xs[-5] = 1
print("not reached")
