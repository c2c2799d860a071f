# **kwargs collected by a function, passed on by keyword.
def config(name, **options):
    keys = sorted(options)
    return name + ": " + ", ".join(k + "=" + str(options[k]) for k in keys)


print(config("empty"))
print(config("db", host="local", port=5432))
c = config
print(c("x", a=1))
