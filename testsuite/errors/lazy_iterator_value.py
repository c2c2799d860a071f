# map objects, lambdas and generator expressions are not values yet.
xs = [1, 2, 3]
m = map(str, xs)
f = lambda v: v + 1
g = (v for v in xs)
