# next() of an exhausted iterator raises StopIteration with an empty message.
z = iter([1])
print(next(z))
next(z)
