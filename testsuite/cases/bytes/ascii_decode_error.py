# ASCII refuses bytes past 127.
print(b"plain".decode("ascii"))
print(b"caf\xc3\xa9".decode("ascii"))
