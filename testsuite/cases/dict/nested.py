# Dicts of lists, lists of dicts, tuple keys and dict values that are dicts.
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[(2, 1)], (1, 1) in grid, (5, 5) in grid)
people = [{"name": "ann", "city": "oslo"}, {"name": "bob", "city": "rome"}]
print(people)
ages = {"ann": 31}
print(people[0] == {"city": "oslo", "name": "ann"}, people[0] == people[1])
graph = {"a": ["b", "c"], "b": ["c"], "c": []}
for node, edges in graph.items():
    print(node, "->", ", ".join(edges))
inner = {"outer": {"inner": 1}}
inner["outer"]["inner"] += 5
inner["outer"]["more"] = 7
print(inner, ages)
