# Diagnostics in an imported module name its file and line.
import lib

print(lib.total([1, 2]))
