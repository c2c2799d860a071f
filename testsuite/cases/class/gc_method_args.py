# Values passed to methods and operators, and temporaries live across them, survive collections
# that the callee triggers.
class M:
    def __init__(self):
        self.n = 0
    def churn(self, xs):
        junk = []
        for i in range(2000):
            junk.append([i, i])
        return len(xs)
    def __add__(self, other):
        junk = []
        for i in range(2000):
            junk.append([i, str(i)])
        return len(other)
m = M()
total = 0
for k in range(200):
    total += m.churn([str(k), "x" * k]) + len([str(k)] + [str(m.churn([1]))])
    total += len(["a" + str(k)] + [str(m + ["q" + str(k)])])
print(total)
