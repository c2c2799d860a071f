# in and not in for strings and lists, is and is not for None and lists.
s = "hello world"
print("lo w" in s, "xyz" in s, "" in s, "h" not in s)
xs = [1, 2, 3, 5, 8]
print(3 in xs, 4 in xs, 4 not in xs)
names = ["ann", "bob"]
print("bob" in names, "Bob" in names)
floats = [0.5, 1.5]
print(1.5 in floats, 1 in [1.0, 2.0])
nested = [[1, 2], [3]]
print([3] in nested, [2, 1] in nested)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
