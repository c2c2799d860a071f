print("second starts")
import third
import first
VALUE = first.VALUE * 10
print("second ends")
