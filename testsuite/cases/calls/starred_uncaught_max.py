# max(*[n]) iterates its one argument: an int cannot be.
xs = [5]
print(max(*[1, 2]))
print(max(*xs))
