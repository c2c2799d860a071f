import sys

try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught exit without code", e.args)
print("exiting with 2")
sys.exit(2)
