# A run-time error inside a function of an imported module.
import parser_util

print(parser_util.parse("12"))
print(parser_util.parse("x1"))
print("not reached")
