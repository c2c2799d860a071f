# Module bodies run once, at their first import, in CPython's order.
print("main starts")
import first
print("main after first")
import second
import first
import second as again
print("main after all:", first.VALUE, second.VALUE, again.VALUE)
