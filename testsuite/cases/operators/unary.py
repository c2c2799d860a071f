# Unary minus, plus, invert and not.
a = 5
print(-a, +a, ~a, not a, - -a, -(-a), ~~a)
b = -(2 ** 63)
print(-b, +b, ~b, -b - 1)
c = 2.5
print(-c, +c, not c, -(-c))
print(-0, -0.0, +0.0, ~0, ~-1)
print(not not a, not -a)
x = 0
print(-x, not x)
