# An encoding mesapyc does not know is CPython's LookupError.
print(b"x".decode("ascii"))
print(b"x".decode("klingon"))
