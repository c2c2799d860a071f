# `*`/`**` in calls of a module's functions and classes through the module.
import shapes
from shapes import area

dims = [3, 4]
print(shapes.area(*dims))
print(area(*dims))
print(shapes.volume(*dims, 5))
print(shapes.volume(*dims, **{"h": 2}))
print(shapes.total(*dims, *dims))
box = shapes.Box(*dims)
print(box.w, box.h)
try:
    shapes.area(*[1, 2, 3])
except TypeError as e:
    print(e)
