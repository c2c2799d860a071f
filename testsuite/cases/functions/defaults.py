# Default values, and the classic shared mutable default.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cid", punct="?"))
print(greet("Dee", punct=".", greeting="Bye"))


def power(base, exp=2):
    return base ** exp


print(power(7), power(2, 10), power(exp=3, base=3))


def collect(item, bucket=[]):
    bucket.append(item)
    return bucket


print(collect(1))
print(collect(2))
print(collect(3, [0]))
print(collect(4))
