# Dict and set comprehensions.
words = ["apple", "banana", "cherry", "avocado"]
lengths = {w: len(w) for w in words}
print(lengths)
by_letter = {w[0]: w for w in words}
print(by_letter)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
print({n % 4 for n in range(20)} == {0, 1, 2, 3})
print(sorted({w[-1] for w in words}))
squares = {i: i * i for i in range(6) if i % 2}
print(squares, len(squares))
