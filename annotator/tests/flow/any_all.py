xs = [3, 0, 4]
found = any(x > 2 for x in xs if x)
every = all(xs)
