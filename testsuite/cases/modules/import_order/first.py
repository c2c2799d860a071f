print("first starts")
import third
VALUE = third.VALUE + 1
print("first ends")
