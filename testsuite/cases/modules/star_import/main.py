from geo import *
print(PI, area(2), Circle(1).area())
