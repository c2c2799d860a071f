# if and while test the truth value of ints, floats, strings and lists.
def describe_int(n):
    if n:
        return "truthy"
    return "falsy"


def describe_str(s):
    if s:
        return "truthy"
    return "falsy"


def describe_list(xs):
    if xs:
        return "truthy"
    return "falsy"


for n in [0, 1, -1, 2 ** 80]:
    print(n, describe_int(n))
for s in ["", " ", "0", "False"]:
    print(repr(s), describe_str(s))
for xs in [[], [0], [0, 0]]:
    print(xs, describe_list(xs))
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
v = 0.0
if not v:
    print("zero float is falsy")
