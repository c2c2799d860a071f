# range(*t) and sum(*...).
t = (2, 10, 3)
print(list(range(*t)))
for i in range(*(3,)):
    print(i)
bounds = [1, 4]
print([i * i for i in range(*bounds)])
print(sum(*[[1, 2, 3]]))
print(sum(*([1, 2], 10)))
for bad in [[], [1, 2, 3, 4]]:
    try:
        range(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(*[])
except TypeError as e:
    print("TypeError:", e)
