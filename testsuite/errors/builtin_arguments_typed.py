# Wrong argument counts and keywords of builtins the annotator checks.
print(hex())
print(id(1, 2))
print(callable(x=1))
print(tuple(1, 2))
