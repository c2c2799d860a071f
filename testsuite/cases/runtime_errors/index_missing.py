# list.index of a value that is not there.
names = ["ann", "bob"]
print(names.index("bob"))
print(names.index("cid"))
