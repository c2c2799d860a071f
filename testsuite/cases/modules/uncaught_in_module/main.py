from shapes import Shape

print(Shape(4).sides)
try:
    Shape(1)
except ValueError as e:
    print("caught:", e)
Shape(2)
