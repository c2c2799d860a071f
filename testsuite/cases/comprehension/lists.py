# List comprehensions: filters, nested loops, scoping of the loop variable.
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in squares if x % 2 == 0]
print(evens)
pairs = [(i, j) for i in range(3) for j in range(i) if i != j]
print(pairs)
words = ["alpha", "beta", "gamma"]
print([w.upper() for w in words if "a" in w[1:]])
print([len(w) for w in words])
x = "outer"
print([x for x in range(3)], x)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
flat = [v for row in matrix for v in row if v > 2]
print(flat, sum([v for v in flat]))
print([c for c in "hello"])
