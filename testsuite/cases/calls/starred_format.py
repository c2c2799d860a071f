# str.format with starred arguments.
row = ["ann", 31, 1.5]
print("{} is {} ({})".format(*row))
print("{0}-{0}".format(*["x"]))
d = {"name": "bob", "age": 40}
print("{name} is {age}".format(**d))
print("{} {name}".format(*[1], **d))
fmt = "{:>5}|{:<5}|"
print(fmt.format(*["a", "b"]))
print("{}{}".format(*"hi"))
try:
    "{} {}".format(*[1])
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(**d)
except KeyError as e:
    print("KeyError:", e)
