# Too many arguments for the fields: "not all arguments converted" (too few is tested in the runtime).
print("%s-%s" % ("a", "b"))
print("%s" % ("a", "b"))
