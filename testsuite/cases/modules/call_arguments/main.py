# Calls of module functions bind keywords and defaults as calls in the main module do.
import mathx
from mathx import clamp

print(mathx.power(2))
print(mathx.power(2, 10))
print(mathx.power(exp=3, base=3))
print(clamp(15, hi=10), clamp(-4), clamp(5, lo=6, hi=9))
print(mathx.mean([1, 2, 3, 4]))
