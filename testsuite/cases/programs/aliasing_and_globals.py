# Aliasing of nested lists, globals written by functions, big ints in lists, float output.
counter = 0
names = []

def bump(k=1):
    global counter
    counter += k
    names.append("n" + str(counter))
    return counter

def grid(w, h):
    g = []
    for r in range(h):
        row = [0] * w
        g.append(row)
    return g

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

bump(); bump(5); bump(k=2)
print(counter, names)
g = grid(3, 2)
g[0][1] = 7
alias = g[1]
alias[2] = 9
print(g, alias is g[1])
big = [fact(25), fact(20), 2 ** 64]
big.sort()
print(big, sum(big), max(big), big.index(2 ** 64), fact(30) // fact(28))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = []
for w in words:
    lengths.append(len(w))
print(lengths, max(lengths), words[lengths.index(max(lengths))])
acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc, acc[1:-1], acc[::2], acc[10:], acc[-100:2])
m = [[1.5, 2.25], [3.0, -0.5]]
total = 0.0
for row in m:
    for v in row:
        total += v * v
print(total, m[1][0] / 2, 7 / 2, -7 / 2, 1e300 * 10, 2 ** 0.5 * 2 ** 0.5)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs, pairs[0][1], (2, "a") > (1, "z"))
x = 5
x //= 2
x **= 3
y = x - 1.5
print(x, y)
s = "a"
s *= 3
s += "!"
print(s, s * 0, "" * 5, -1 * "ab")
print(int("١٢٣"), "½".isdigit(), "²".isdigit(), "abc".isalpha(), "".isalpha(), " \t".isspace())
print(f"{'left':<8}|{'mid':^7}|{3:>4}|{-2.5:08.2f}|{12345.6789:.2e}|{0.000012345:g}|{100:b}|{8:o}")
print(str(1.0), str(10.0 ** 15), str(10.0 ** 16), repr(1.5e-7), 123456789.0 * 10, 0.1 * 3)
print(format(3.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1234.5, ",.1f"))
