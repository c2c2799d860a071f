# `import pkg.sub` binds `pkg`; the submodule is an attribute of the package.
import shapes.circle
import shapes.square

print(shapes.__name__, shapes.circle.__name__)
print(shapes.KIND)
print(shapes.circle.area(1))
print(shapes.square.area(3))
print(shapes.square.Square(5).area())
