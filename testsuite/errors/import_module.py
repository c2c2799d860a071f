# Imports are not in the first slice.
import math

print(math.pi)
