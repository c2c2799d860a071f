# An unknown conversion character is a ValueError naming it, its code and its index.
fmt = "%5.1f%%"
print(fmt % 12.345)
print("%y" % 3)
