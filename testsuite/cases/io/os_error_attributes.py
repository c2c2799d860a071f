try:
    open("/nonexistent/data.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, str(e))
try:
    open("/tmp")
except IsADirectoryError as e:
    print(e.errno, e.filename, repr(e))
e = OSError("plain message")
print(e.errno, e.strerror, e.filename, str(e), e.args)
e2 = OSError(13, "Permission denied")
print(str(e2), e2.args, e2.errno)
e3 = PermissionError(13, "Permission denied", "/root/x")
print(str(e3), e3.args, e3.filename, isinstance(e3, OSError))
