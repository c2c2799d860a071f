# Lambdas made in a loop share the loop variable (late binding); a default binds it early.
def late():
    fs = []
    for i in range(4):
        fs.append(lambda x: x + i)
    return [f(100) for f in fs]


def early():
    fs = []
    for i in range(4):
        fs.append(lambda x, i=i: x + i)
    return [f(100) for f in fs]


print(late())
print(early())
print([g() for g in [lambda k=k: k * k for k in range(5)]])
