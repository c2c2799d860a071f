# Augmented assignment on ints, floats, strings and lists.
n = 10
n += 5
n -= 3
n *= 4
print(n)
n //= 5
print(n)
n %= 7
print(n)
n **= 10
print(n)
n &= 0xFF
n |= 0x100
n ^= 0x0F
print(n)
n <<= 70
print(n)
n >>= 68
print(n)
f = 1.5
f += 1
f *= 3.0
f /= 4
f -= 0.125
print(f)
s = "ab"
s += "cd"
s *= 3
print(s)
xs = [1, 2]
alias = xs
xs += [3, 4]
print(xs, alias, xs is alias)
ys = [0]
ys *= 3
print(ys)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 2
print(grid)
