# printf-style formatting of bytes is not compiled: format a str and encode it.
n = 5
print(b"%d items" % n)
