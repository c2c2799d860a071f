# `import m`: functions, constants and classes of another file, through the module's name.
import geometry

print(geometry.PI)
print(geometry.area(2.0))
print(geometry.perimeter(3))
p = geometry.Point(3, 4)
print(p.norm2())
print(geometry.Point(1, 2).shifted(10).x)
print(geometry.UNITS[0], len(geometry.UNITS))
print(geometry.describe(p))
