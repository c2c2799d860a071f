# set.pop() takes the first element in table order after the slot where the previous pop stopped.
p = set([3, 11, 19, 27, 1, 9])
print(p)
print(p.pop(), p.pop(), p.pop(), p)
p.add(3)
p.add(40)
print(p)
print(p.pop(), p.pop(), p)
p.clear()
p.add(1)
p.add(2)
p.add(3)
print(p.pop(), p)
q = set()
for i in range(50):
    q.add(i * i)
out = []
while len(q) > 40:
    out.append(q.pop())
print(out)
q.add(1)
q.add(-5)
print(q.pop(), q.pop(), q)
