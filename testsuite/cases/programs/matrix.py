# Matrix routines on nested lists of floats: multiply, transpose, determinant, inverse, solve.
def zeros(n, m):
    out = []
    for _ in range(n):
        out.append([0.0] * m)
    return out


def identity(n):
    out = zeros(n, n)
    for i in range(n):
        out[i][i] = 1.0
    return out


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out


def transpose(a):
    out = zeros(len(a[0]), len(a))
    for i in range(len(a)):
        for j in range(len(a[0])):
            out[j][i] = a[i][j]
    return out


def inverse_and_det(a):
    n = len(a)
    m = []
    for i in range(n):
        m.append(a[i][:] + identity(n)[i])
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if abs(m[pivot][col]) < 1e-12:
            return zeros(n, n), 0.0
        if pivot != col:
            m[pivot], m[col] = m[col], m[pivot]
            det = -det
        p = m[col][col]
        det *= p
        for j in range(2 * n):
            m[col][j] /= p
        for r in range(n):
            if r != col:
                f = m[r][col]
                for j in range(2 * n):
                    m[r][j] -= f * m[col][j]
    inv = []
    for i in range(n):
        inv.append(m[i][n:])
    return inv, det


def show(name, a):
    print(name)
    for row in a:
        line = ""
        for v in row:
            line += f"{v:9.4f}"
        print(line)


a = [[4.0, 7.0, 2.0], [3.0, 6.0, 1.0], [2.0, 5.0, 3.0]]
b = [[1.0, 2.0], [0.5, -1.0], [2.0, 0.0]]
show("A", a)
show("A*B", matmul(a, b))
show("B^T", transpose(b))
inv, det = inverse_and_det(a)
print("det", round(det, 9))
show("inverse", inv)
show("A*inv", matmul(a, inv))
singular = [[1.0, 2.0], [2.0, 4.0]]
inv2, det2 = inverse_and_det(singular)
print("singular det", det2, inv2)
rhs = [[1.0], [2.0], [3.0]]
x = matmul(inv, rhs)
print("solution", round(x[0][0], 6), round(x[1][0], 6), round(x[2][0], 6))
h = zeros(4, 4)
for i in range(4):
    for j in range(4):
        h[i][j] = 1.0 / (i + j + 1)
hinv, hdet = inverse_and_det(h)
print("hilbert det", f"{hdet:.6e}", "inv[0][0]", round(hinv[0][0], 3))
