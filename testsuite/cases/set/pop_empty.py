s = set()
s.add(1)
print(s.pop())
s.pop()
