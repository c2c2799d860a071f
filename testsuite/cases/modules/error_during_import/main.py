# A run-time error while a module body runs, at its import.
print("before")
import broken
print("not reached")
